import { graphql } from '../../../gql';

/** A challenge to edit, with what says whether the viewer may. */
export const EditChallengeQuery = graphql(`
  query EditChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      project {
        id
        slug
        name
        city
        viewerIsHolder
      }
      ...ChallengeForm_challenge
    }
  }
`);
