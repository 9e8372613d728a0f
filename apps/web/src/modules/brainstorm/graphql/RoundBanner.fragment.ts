import { graphql } from '../../../gql';

/** The round running on a challenge, if any, and whether the viewer may run rounds there. */
export const RoundBannerFragment = graphql(`
  fragment RoundBanner_challenge on Challenge {
    id
    status
    viewerCanCurate
    session {
      id
      phase
      startedAt
      endsAt
      startedBy {
        id
        displayName
      }
    }
  }
`);
