import { graphql } from '../../../gql';

/** How many comments a page of the thread shows. */
export const COMMENTS_PAGE_SIZE = 50;

/** One idea with its comment thread (oldest first); null when it does not exist or was withdrawn. */
export const IdeaPageQuery = graphql(`
  query IdeaPage($id: ID!, $first: Int!, $after: String) {
    idea(id: $id) {
      id
      ...IdeaView_idea
      comments(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...CommentThread_comment
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
