import { graphql } from '../../../gql';

/** How many of a person's ideas or comments a public profile shows at a time. */
export const USER_ACTIVITY_PAGE_SIZE = 10;

/** A person's ideas, newest first; `ideas` is null unless they allowed their profile to list them. */
export const UserIdeasQuery = graphql(`
  query UserIdeas($id: ID!, $first: Int!, $after: String) {
    user(id: $id) {
      id
      ideas(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            title
            createdAt
            challenge {
              id
              title
            }
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

/** A person's comments, newest first, each with its idea; null unless they allowed it. */
export const UserCommentsQuery = graphql(`
  query UserComments($id: ID!, $first: Int!, $after: String) {
    user(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            body
            deleted
            createdAt
            idea {
              id
              title
            }
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
