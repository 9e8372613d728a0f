import { graphql } from '../../../gql';

export const UpdateIdeaMutation = graphql(`
  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {
    updateIdea(id: $id, input: $input) {
      id
      title
      body
      updatedAt
    }
  }
`);

export const WithdrawIdeaMutation = graphql(`
  mutation WithdrawIdea($id: ID!) {
    withdrawIdea(id: $id)
  }
`);
