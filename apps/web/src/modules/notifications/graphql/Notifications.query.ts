import { graphql } from '../../../gql';

/** The viewer's notifications, newest first, with how many are unread (the bell, the panel, the page). */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      unreadCount
      totalCount
      edges {
        cursor
        node {
          id
          ...NotificationItem_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
