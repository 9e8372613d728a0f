import { graphql } from '../../../gql';

/** How many people watch the challenge live (the viewer among them once connected). */
export const PresenceIndicatorFragment = graphql(`
  fragment PresenceIndicator_challenge on Challenge {
    id
    presentCount
  }
`);
