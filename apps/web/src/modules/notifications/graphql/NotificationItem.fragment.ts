import { graphql } from '../../../gql';

/** What a notification's sentence and link need. */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    count
    readAt
    createdAt
    updatedAt
    actor {
      id
      displayName
    }
    challenge {
      id
      title
    }
    idea {
      id
      title
      status
    }
    targetIdea {
      id
      title
    }
    comment {
      id
    }
    event {
      id
      title
    }
  }
`);
