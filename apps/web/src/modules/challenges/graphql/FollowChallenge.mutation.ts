import { graphql } from '../../../gql';

export const FollowChallengeMutation = graphql(`
  mutation FollowChallenge($id: ID!) {
    followChallenge(id: $id) {
      id
      viewerIsFollowing
    }
  }
`);

export const UnfollowChallengeMutation = graphql(`
  mutation UnfollowChallenge($id: ID!) {
    unfollowChallenge(id: $id) {
      id
      viewerIsFollowing
    }
  }
`);
