import { graphql } from '../../../gql';

/** How many entries a page of the audit log shows. */
export const AUDIT_PAGE_SIZE = 25;

/** Admins: every curation, moderation and role change, newest first. */
export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          action
          at
          detail
          targetId
          targetType
          actor {
            id
            displayName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
