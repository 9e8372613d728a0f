import { graphql } from '../../../gql';

/** What the header's user menu shows of the signed-in person. */
export const UserMenuFragment = graphql(`
  fragment UserMenu_user on User {
    id
    displayName
    email
    role
  }
`);
