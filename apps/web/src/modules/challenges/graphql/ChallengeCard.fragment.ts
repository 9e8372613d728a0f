import { graphql } from '../../../gql';

/** What a card on the board shows of a challenge. */
export const ChallengeCardFragment = graphql(`
  fragment ChallengeCard_challenge on Challenge {
    id
    title
    status
    city
    closesAt
    ideaCount
    project {
      id
      name
      city
    }
    themes {
      slug
      label
    }
  }
`);
