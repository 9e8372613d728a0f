import type { ApolloCache, Reference } from '@apollo/client';
import { skipToken, useApolloClient, useSubscription } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { NotificationAddedSubscription as NotificationAddedData } from '../../../gql/graphql';
import { NotificationItemFragment } from '../graphql/NotificationItem.fragment';
import { NotificationAddedSubscription } from '../graphql/NotificationAdded.subscription';

interface StoredConnection {
  unreadCount?: number;
  totalCount?: number;
  edges?: ReadonlyArray<{ cursor?: string; node: Reference }>;
}

/**
 * Writes a notification that arrived live into the cache: a new one goes first in every loaded
 * list and counts as unread; one that grew (a burst of ideas) moves first and is unread again.
 */
export function addNotificationToCache(
  cache: ApolloCache,
  added: NotificationAddedData['notificationAdded'],
): void {
  const facts = getFragmentData(NotificationItemFragment, added);
  const id = cache.identify({ __typename: 'Notification', id: facts.id });
  const before = id
    ? cache.readFragment({
        id,
        fragment: NotificationItemFragment,
        fragmentName: 'NotificationItem_notification',
      })
    : null;
  const wasUnread = before ? before.readAt === null : false;
  cache.writeFragment({
    fragment: NotificationItemFragment,
    fragmentName: 'NotificationItem_notification',
    data: { ...facts, __typename: 'Notification' },
  });
  if (!id) return;
  const ref = { __ref: id } as Reference;
  cache.modify<Record<string, unknown>>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(value, { readField }) {
        const existing = value as StoredConnection;
        const edges = existing.edges ?? [];
        const others = edges.filter((edge) => readField<string>('id', edge.node) !== facts.id);
        const isNew = others.length === edges.length;
        const unreadCount =
          typeof existing.unreadCount === 'number'
            ? existing.unreadCount + (facts.readAt === null && !wasUnread ? 1 : 0)
            : existing.unreadCount;
        const totalCount =
          typeof existing.totalCount === 'number' && isNew && !before
            ? existing.totalCount + 1
            : existing.totalCount;
        return {
          ...existing,
          unreadCount,
          totalCount,
          edges: [{ __typename: 'NotificationEdge', cursor: edges[0]?.cursor ?? '', node: ref }, ...others],
        };
      },
    },
  });
}

/** Keeps the bell and the lists up to date while signed in. */
export function useNotificationsLive(signedIn: boolean): void {
  const client = useApolloClient();
  useSubscription(
    NotificationAddedSubscription,
    signedIn
      ? {
          fetchPolicy: 'no-cache',
          ignoreResults: true,
          onData: ({ data }) => {
            const added = data.data?.notificationAdded;
            if (added) addNotificationToCache(client.cache, added);
          },
        }
      : skipToken,
  );
}
