import { graphql } from '../../../gql';

export const ProposeIdeaMutation = graphql(`
  mutation ProposeIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
      ...IdeaCard_idea
      challenge {
        id
        ideaCount
      }
    }
  }
`);
