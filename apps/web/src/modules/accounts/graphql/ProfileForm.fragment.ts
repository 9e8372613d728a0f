import { graphql } from '../../../gql';

/** What the signed-in person edits of themself, and what the profile page shows beside it. */
export const ProfileFormFragment = graphql(`
  fragment ProfileForm_user on User {
    id
    displayName
    city
    bio
    email
    role
    createdAt
  }
`);
