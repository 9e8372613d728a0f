import { graphql } from '../../../gql';

/** What the challenge form edits. */
export const ChallengeFormFragment = graphql(`
  fragment ChallengeForm_challenge on Challenge {
    id
    title
    description
    status
    city
    voteBudget
    blindVoting
    closesAt
    themes {
      slug
    }
  }
`);
