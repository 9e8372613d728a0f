import { graphql } from '../../../gql';

/** One challenge, for its page; null when it does not exist or is a draft the viewer may not see. */
export const ChallengePageQuery = graphql(`
  query ChallengePage($id: ID!) {
    challenge(id: $id) {
      id
      ...ChallengeView_challenge
    }
  }
`);
