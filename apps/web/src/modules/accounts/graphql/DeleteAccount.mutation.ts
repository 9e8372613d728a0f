import { graphql } from '../../../gql';

/** Deletes the signed-in person's account, once they confirmed it with their password. */
export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
