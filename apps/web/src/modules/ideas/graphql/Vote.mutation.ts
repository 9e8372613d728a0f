import { graphql } from '../../../gql';

/** Votes for an idea (idempotent); the challenge's remaining votes come back with it. */
export const VoteMutation = graphql(`
  mutation Vote($ideaId: ID!) {
    vote(ideaId: $ideaId) {
      id
      voteCount
      viewerHasVoted
      challenge {
        id
        viewerVotesLeft
      }
    }
  }
`);

/** Takes a vote back (idempotent). */
export const UnvoteMutation = graphql(`
  mutation Unvote($ideaId: ID!) {
    unvote(ideaId: $ideaId) {
      id
      voteCount
      viewerHasVoted
      challenge {
        id
        viewerVotesLeft
      }
    }
  }
`);
