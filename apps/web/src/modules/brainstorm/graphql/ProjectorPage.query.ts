import { graphql } from '../../../gql';

/**
 * How many ideas the projector pages through at most (the API's largest page): the newest (or the
 * most voted) first; it says how many more the challenge's page has.
 */
export const PROJECTOR_IDEAS = 100;

/** A challenge on the projector: its question, the round, who is there. */
export const ProjectorPageQuery = graphql(`
  query ProjectorPage($id: ID!) {
    challenge(id: $id) {
      id
      joinCode
      title
      status
      blindVoting
      ideaCount
      ...PresenceIndicator_challenge
      ...RoundBanner_challenge
    }
  }
`);
