import { graphql } from '../../../gql';

/** People per page on the admins' list. */
export const ADMIN_USERS_PAGE_SIZE = 20;

/** Every account, by display name, a page at a time; `query` matches names and emails. Admins only. */
export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int!, $after: String, $query: String) {
    users(first: $first, after: $after, query: $query) {
      edges {
        cursor
        node {
          id
          ...AdminUserRow_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
