import { graphql } from '../../../gql';

/** Someone's public profile, for /users/:id. */
export const UserProfileQuery = graphql(`
  query UserProfile($id: ID!) {
    user(id: $id) {
      id
      ...UserProfile_user
    }
  }
`);
