import { graphql } from '../../../gql';

export const ProposeIdeaMutation = graphql(`
  mutation ProposeIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
      ...IdeaCard_idea
      challenge {
        id
        ideaCount
        # Proposing follows the challenge: its button says so at once.
        viewerIsFollowing
      }
    }
  }
`);
