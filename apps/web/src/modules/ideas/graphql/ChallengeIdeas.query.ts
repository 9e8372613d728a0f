import { graphql } from '../../../gql';

/** How many ideas a page of the wall shows. */
export const IDEAS_PAGE_SIZE = 12;

/**
 * A challenge's ideas, a page at a time, and the votes the viewer has left (the challenge's rules
 * come from its page).
 */
export const ChallengeIdeasQuery = graphql(`
  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {
    challenge(id: $id) {
      id
      viewerVotesLeft
      ideas(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        edges {
          cursor
          node {
            id
            voteCount
            ...IdeaCard_idea
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);
