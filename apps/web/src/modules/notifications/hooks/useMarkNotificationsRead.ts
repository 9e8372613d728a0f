import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { MarkNotificationsReadMutation } from '../graphql/MarkNotificationsRead.mutation';

interface StoredConnection {
  unreadCount?: number;
  edges?: ReadonlyArray<{ node: Reference }>;
}

/**
 * Writes "read" into the cache: the notifications given (or every one loaded) get a `readAt`, and
 * the unread count of every list goes down by as many as were unread.
 */
export function markReadInCache(cache: ApolloCache, ids: readonly string[] | null, at: string): void {
  const changed = new Set<string>();
  cache.modify<Record<string, unknown>>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(value, { readField }) {
        const existing = value as StoredConnection;
        const edges = existing.edges ?? [];
        for (const edge of edges) {
          const id = readField<string>('id', edge.node);
          if (id && (ids === null || ids.includes(id)) && !readField<string | null>('readAt', edge.node)) {
            changed.add(id);
          }
        }
        return existing;
      },
    },
  });
  for (const id of changed) {
    cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: () => at } });
  }
  cache.modify<Record<string, unknown>>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(value) {
        const existing = value as StoredConnection;
        if (typeof existing.unreadCount !== 'number') return existing;
        const unreadCount = ids === null ? 0 : Math.max(0, existing.unreadCount - changed.size);
        return { ...existing, unreadCount };
      },
    },
  });
}

/** Marks one, some or all notifications read; the cache changes at once, the API is told after. */
export function useMarkNotificationsRead() {
  const [mutate, { client }] = useMutation(MarkNotificationsReadMutation);
  const [failed, setFailed] = useState(false);
  const markRead = useCallback(
    async (ids: readonly string[] | null) => {
      setFailed(false);
      try {
        markReadInCache(client.cache, ids, new Date().toISOString());
        await mutate({ variables: { ids: ids ? [...ids] : null } });
        // A list fetched while the mutation was under way may have brought the old count back:
        // the lists on screen are read again, now that the API has it.
        await client.refetchQueries({ include: ['Notifications'] });
      } catch {
        setFailed(true);
      }
    },
    [mutate, client],
  );
  return { markRead, failed };
}
