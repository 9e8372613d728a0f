import { graphql } from '../../../gql';

/** Whether the viewer follows a challenge, asked again when it may have changed elsewhere. */
export const FollowStateQuery = graphql(`
  query FollowState($id: ID!) {
    challenge(id: $id) {
      id
      viewerIsFollowing
    }
  }
`);
