import { graphql } from '../../../gql';

/** Turns the listing of the person's ideas and comments on their public profile on or off. */
export const UpdateShowActivityMutation = graphql(`
  mutation UpdateShowActivity($showActivity: Boolean!) {
    updateProfile(input: { showActivity: $showActivity }) {
      id
      showActivity
      ...ActivitySwitch_user
    }
  }
`);
