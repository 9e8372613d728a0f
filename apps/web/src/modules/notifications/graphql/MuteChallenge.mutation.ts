import { graphql } from '../../../gql';

/** Keeps following a challenge but silences (or no longer silences) its notifications. */
export const MuteChallengeMutation = graphql(`
  mutation MuteChallenge($id: ID!, $muted: Boolean!) {
    muteChallenge(id: $id, muted: $muted)
  }
`);

export const ChallengeMuteQuery = graphql(`
  query ChallengeMute($id: ID!) {
    challenge(id: $id) {
      id
      viewerIsFollowing
      viewerHasMuted
    }
  }
`);
