import { graphql } from '../../../gql';

export const AddProjectHolderMutation = graphql(`
  mutation AddProjectHolder($projectId: ID!, $userId: ID!) {
    addProjectHolder(projectId: $projectId, userId: $userId) {
      id
      holders {
        id
        displayName
      }
    }
  }
`);
