import { graphql } from '../../../gql';

/** How many ideas the projector shows at most: the newest (or the most voted) first. */
export const PROJECTOR_IDEAS = 24;

/** A challenge on the projector: its question, the round, who is there. */
export const ProjectorPageQuery = graphql(`
  query ProjectorPage($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      blindVoting
      ideaCount
      ...PresenceIndicator_challenge
      ...SessionBanner_challenge
    }
  }
`);
