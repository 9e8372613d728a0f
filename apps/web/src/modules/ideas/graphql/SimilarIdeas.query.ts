import { graphql } from '../../../gql';

/** Ideas of the challenge close to what is being typed: perhaps it was already proposed. */
export const SimilarIdeasQuery = graphql(`
  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {
    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {
      id
      title
      voteCount
      commentCount
    }
  }
`);
