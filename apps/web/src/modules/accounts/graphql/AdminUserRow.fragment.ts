import { graphql } from '../../../gql';

/** One person in the admins' list of users. */
export const AdminUserRowFragment = graphql(`
  fragment AdminUserRow_user on User {
    id
    displayName
    email
    city
    role
    createdAt
  }
`);
