import { graphql } from '../../../gql';

/** Marks the given notifications read, or all of them without ids. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
