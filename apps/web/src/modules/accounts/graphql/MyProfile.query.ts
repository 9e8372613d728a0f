import { graphql } from '../../../gql';

/** The signed-in person's own profile, for /profile. */
export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      ...ProfileForm_user
      ...ActivitySwitch_user
    }
  }
`);
