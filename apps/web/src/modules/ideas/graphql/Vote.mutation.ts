import { graphql } from '../../../gql';

/**
 * Votes for an idea (idempotent); the challenge's remaining votes come back with it, and whether
 * the viewer now follows it (voting follows the challenge).
 */
export const VoteMutation = graphql(`
  mutation Vote($ideaId: ID!) {
    vote(ideaId: $ideaId) {
      id
      voteCount
      viewerHasVoted
      challenge {
        id
        viewerVotesLeft
        viewerIsFollowing
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
