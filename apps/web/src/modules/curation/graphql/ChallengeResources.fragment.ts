import { graphql } from '../../../gql';

/** A challenge's resources (links worth reading first), and whether the viewer keeps them. */
export const ChallengeResourcesFragment = graphql(`
  fragment ChallengeResources_challenge on Challenge {
    id
    viewerCanCurate
    resources {
      id
      title
      url
    }
  }
`);
