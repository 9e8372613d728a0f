import { graphql } from '../../../gql';

/** Revokes the token the request is made with. */
export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
