import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminUsersDocument, type AdminUsersQuery, type AdminUsersQueryVariables } from '../gql/graphql';
import { account, type AccountUser, usersPage } from '../test/accountFactories';
import { createCache } from './apolloCache';
import { usePagedQuery } from './usePagedQuery';

const FIRST = 2;
const [ana, bleuenn, corentin, dewi] = ['Ana', 'Bleuenn', 'Corentin', 'Dewi'].map((displayName) =>
  account({ displayName }),
);

function answer(
  variables: Omit<AdminUsersQueryVariables, 'first'>,
  outcome: AdminUsersQuery | Error,
  delay = 0,
): MockLink.MockedResponse<AdminUsersQuery> {
  return {
    request: { query: AdminUsersDocument, variables: { first: FIRST, ...variables } },
    ...(outcome instanceof Error ? { error: outcome } : { result: { data: outcome } }),
    delay,
  };
}

function renderPaged(mocks: MockLink.MockedResponse[], options: { keepPrevious?: boolean } = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={createCache()}>
      {children}
    </MockedProvider>
  );
  return renderHook(
    ({ query }: { query?: string }) =>
      usePagedQuery(AdminUsersDocument, {
        variables: query ? { first: FIRST, query } : { first: FIRST },
        connection: (data) => data.users,
        keepPrevious: options.keepPrevious,
      }),
    { wrapper, initialProps: {} },
  );
}

const names = (nodes: ReadonlyArray<{ id: string }>, people: AccountUser[]) =>
  nodes.map((node) => people.find((person) => person.id === node.id)?.displayName);

describe('usePagedQuery', () => {
  it('shows the first page, then the next one after its last cursor, until there is no more', async () => {
    const { result } = renderPaged([
      answer({}, usersPage([ana, bleuenn], { totalCount: 3, hasNextPage: true })),
      answer({ after: `cursor-${bleuenn.id}` }, usersPage([corentin], { totalCount: 3 })),
    ]);
    expect(result.current).toMatchObject({ isLoading: true, nodes: [], hasMore: false, error: null });

    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(names(result.current.nodes, [ana, bleuenn])).toEqual(['Ana', 'Bleuenn']);
    expect(result.current.connection?.totalCount).toBe(3);
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.nodes).toHaveLength(3));
    expect(names(result.current.nodes, [ana, bleuenn, corentin])).toEqual(['Ana', 'Bleuenn', 'Corentin']);
    expect(result.current).toMatchObject({ hasMore: false, isLoadingMore: false, loadMoreFailed: false });
  });

  it('says when a page fails to load, keeps what is shown, and clears it when asked again', async () => {
    const { result } = renderPaged([
      answer({}, usersPage([ana, bleuenn], { hasNextPage: true })),
      answer({ after: `cursor-${bleuenn.id}` }, new Error('offline')),
      answer({ after: `cursor-${bleuenn.id}` }, usersPage([corentin])),
    ]);
    await waitFor(() => expect(result.current.hasMore).toBe(true));

    await act(() => result.current.loadMore());
    expect(result.current.loadMoreFailed).toBe(true);
    expect(result.current.nodes).toHaveLength(2);
    expect(result.current.error).toBeNull();

    await act(() => result.current.loadMore());
    expect(result.current.loadMoreFailed).toBe(false);
    await waitFor(() => expect(result.current.nodes).toHaveLength(3));
  });

  it('keeps the previous results on screen while other variables load, when asked to', async () => {
    const { result, rerender } = renderPaged(
      [answer({}, usersPage([ana, bleuenn])), answer({ query: 'dew' }, usersPage([dewi]), 20)],
      { keepPrevious: true },
    );
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));

    rerender({ query: 'dew' });
    expect(result.current).toMatchObject({ isUpdating: true, isLoading: false });
    expect(result.current.nodes).toHaveLength(2);

    await waitFor(() => expect(result.current.isUpdating).toBe(false));
    expect(names(result.current.nodes, [dewi])).toEqual(['Dewi']);
  });

  it('starts afresh for other variables otherwise', async () => {
    const { result, rerender } = renderPaged([
      answer({}, usersPage([ana, bleuenn])),
      answer({ query: 'dew' }, usersPage([dewi]), 20),
    ]);
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));

    rerender({ query: 'dew' });
    expect(result.current).toMatchObject({ isUpdating: false, isLoading: true, nodes: [] });
    await waitFor(() => expect(result.current.nodes).toHaveLength(1));
  });

  it('reports a failure only while nothing can be shown, and tries again on retry', async () => {
    const { result } = renderPaged([answer({}, new Error('offline')), answer({}, usersPage([ana]))]);
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current).toMatchObject({ isLoading: false, nodes: [], hasMore: false });

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.nodes).toHaveLength(1));
    expect(result.current.error).toBeNull();
  });
});
