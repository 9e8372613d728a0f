import { graphql } from '../../../gql';

/** Holders: a draft becomes open. */
export const PublishChallengeMutation = graphql(`
  mutation PublishChallenge($id: ID!) {
    publishChallenge(id: $id) {
      id
      ...ChallengeView_challenge
    }
  }
`);

/**
 * Curators: closes with an outcome (closing again rewrites the outcome); the ideas named become
 * SELECTED.
 */
export const CloseChallengeMutation = graphql(`
  mutation CloseChallenge($id: ID!, $outcome: String, $selectedIdeaIds: [ID!]) {
    closeChallenge(id: $id, outcome: $outcome, selectedIdeaIds: $selectedIdeaIds) {
      id
      ...ChallengeView_challenge
    }
  }
`);

/** Curators: a closed challenge takes ideas again. */
export const ReopenChallengeMutation = graphql(`
  mutation ReopenChallenge($id: ID!) {
    reopenChallenge(id: $id) {
      id
      ...ChallengeView_challenge
    }
  }
`);
