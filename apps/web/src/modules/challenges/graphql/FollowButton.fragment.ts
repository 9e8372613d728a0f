import { graphql } from '../../../gql';

/** Whether the viewer follows the challenge. */
export const FollowButtonFragment = graphql(`
  fragment FollowButton_challenge on Challenge {
    id
    viewerIsFollowing
  }
`);
