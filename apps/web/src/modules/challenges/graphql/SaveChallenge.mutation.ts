import { graphql } from '../../../gql';

export const CreateChallengeMutation = graphql(`
  mutation CreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      id
      status
      project {
        id
      }
    }
  }
`);

export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      id
      ...ChallengeView_challenge
      ...ChallengeForm_challenge
    }
  }
`);
