import type { Locale } from '@ouimake/domain';
import type { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { type ReactElement, type ReactNode, useEffect, useState } from 'react';
import {
  type Location,
  MemoryRouter,
  type NavigateFunction,
  type NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
} from 'react-router';
import { createApolloClient, resetOnSessionChange, splitSubscriptions } from '../app/apollo';
import { BoardProviders } from '../app/App';
import { currentLocale } from '../app/i18n';
import { createI18n } from './i18n';
import { BoardRoutes } from '../app/router';
import { createCache } from '../shared/apolloCache';
import { TOKEN_STORAGE_KEY, tokenStore } from '../shared/tokenStore';
import { BoardFiltersQuery } from '../modules/challenges/graphql/BoardFilters.query';
import { boardFiltersMock } from './challengeFactories';
import { anyChallengeIdeasMock, anySelectableIdeasMock } from './ideaFactories';
import { createLiveFeed, type LiveFeed } from './liveFeed';
import { anyChallengeMuteMock, notificationsMock } from './notificationFactories';

interface RenderOptions {
  lng?: Locale;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Signed in with this token (kept where the board keeps it); signed out without. */
  token?: string;
  /**
   * A fake API at the end of the board's real Apollo client (token, language and session links,
   * reset on sign-in and sign-out), instead of MockedProvider and `mocks`.
   */
  api?: ApolloLink;
  /** Where the board's live subscriptions go; a feed that never says anything by default. */
  live?: LiveFeed;
}

function ApiProvider({
  mocks = [],
  api,
  live,
  lng,
  children,
}: RenderOptions & { lng: Locale; children: ReactNode }) {
  const [feed] = useState(() => live ?? createLiveFeed());
  const [client] = useState(() =>
    api
      ? createApolloClient({
          getLanguage: () => lng,
          tokenStore,
          terminatingLink: api,
          subscriptionLink: feed.link,
        })
      : null,
  );
  const [link] = useState(() => splitSubscriptions(feed.link, new MockLink(withBoardFilters(mocks))));
  useEffect(() => (client ? resetOnSessionChange(client, tokenStore) : undefined), [client]);
  if (!client) {
    return (
      <MockedProvider link={link} cache={createCache()}>
        {children}
      </MockedProvider>
    );
  }
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}

/**
 * The board's filter choices (themes and cities) are asked for wherever the board shows, and a
 * challenge's page asks for its ideas; a test about something else gets them answered (no ideas)
 * rather than a warning about a missing mock; so does the close dialog's list of ideas to select.
 */
function withBoardFilters(
  mocks: ReadonlyArray<MockLink.MockedResponse>,
): ReadonlyArray<MockLink.MockedResponse> {
  const withFilters = mocks.some((mock) => mock.request.query === BoardFiltersQuery)
    ? mocks
    : [...mocks, boardFiltersMock()];
  // Last, so that a test's own answer about a challenge's ideas comes first.
  return [
    ...withFilters,
    anyChallengeIdeasMock(),
    anySelectableIdeasMock(),
    notificationsMock([]),
    anyChallengeMuteMock(),
  ];
}

function keepToken(token: string | undefined) {
  if (token) window.localStorage.setItem(TOKEN_STORAGE_KEY, token);
}

/** Renders a piece of the board with its language, look, router and mocked API. */
export function renderOnBoard(ui: ReactElement, { lng = 'fr', mocks, token, api, live }: RenderOptions = {}) {
  keepToken(token);
  const i18n = createI18n({ lng });
  const view = render(
    <ApiProvider mocks={mocks} api={api} live={live} lng={currentLocale(i18n)}>
      <BoardProviders i18n={i18n} env="test">
        <MemoryRouter>{ui}</MemoryRouter>
      </BoardProviders>
    </ApiProvider>,
  );
  return { i18n, ...view };
}

/** Where the board is, and a way to go elsewhere, as a test sees them. */
export interface TestRouter {
  state: { location: Location; historyAction: NavigationType };
  navigate: NavigateFunction;
}

interface Probed {
  location?: Location;
  historyAction?: NavigationType;
  navigate?: NavigateFunction;
}

/** Keeps `into` up to date with the router's location and navigate function. */
function RouterProbe({ into }: { into: Probed }) {
  into.location = useLocation();
  into.historyAction = useNavigationType();
  into.navigate = useNavigate();
  return null;
}

/** Renders the whole board at `path`, as the browser would show it. */
export function renderBoardAt(path: string, { lng = 'fr', mocks, token, api, live }: RenderOptions = {}) {
  keepToken(token);
  const i18n = createI18n({ lng });
  const probe: Probed = {};
  const router: TestRouter = {
    get state() {
      return { location: probe.location!, historyAction: probe.historyAction! };
    },
    navigate: ((to: never, options?: never) => probe.navigate!(to, options)) as NavigateFunction,
  };
  const view = render(
    <ApiProvider mocks={mocks} api={api} live={live} lng={currentLocale(i18n)}>
      <BoardProviders i18n={i18n} env="test">
        <MemoryRouter initialEntries={[path]}>
          <BoardRoutes />
          <RouterProbe into={probe} />
        </MemoryRouter>
      </BoardProviders>
    </ApiProvider>,
  );
  return { i18n, router, ...view };
}
