import { graphql } from '../../../gql';

/** A person's public profile. */
export const UserProfileFragment = graphql(`
  fragment UserProfile_user on User {
    id
    displayName
    city
    bio
    role
    createdAt
    formerMember
  }
`);
