import { graphql } from '../../../gql';

/** The viewer's new (or grown) notifications, live. */
export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      ...NotificationItem_notification
    }
  }
`);
