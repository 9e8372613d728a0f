/**
 * The board rendered on the server, for a first visit: the API calls renderPage() for a page it
 * serves, inlines the HTML in #root and the data it read in a JSON script, and the board hydrates
 * them (main.tsx). The page is painted before its JavaScript arrives, and a link preview bot or a
 * browser without JavaScript reads the page as it is. Rendered signed out, in the language the API
 * picked; anything signed-in comes once the board runs in the browser.
 */
import { ApolloClient, HttpLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { Locale } from '@ouimake/domain';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createLanguageLink } from './app/apollo';
import { BoardProviders } from './app/App';
import { createI18n, loadMessages } from './app/i18n';
import { BoardRoutes, loadPageAt } from './app/router';
import { createCache } from './shared/apolloCache';
import { BOARD_TIME_ZONE, setTimeZone } from './shared/timeZone';
import { type ViewportHint, ViewportHintContext } from './shared/useViewport';

export interface RenderPageOptions {
  /** The page's address on the board: path and query. */
  url: string;
  locale: Locale;
  /** A phone or wider, as the browser's hints say: what the media queries answer. */
  viewport: ViewportHint;
  /** Where the API answers GraphQL (itself, over loopback). */
  graphqlUrl: string;
  /** Stops the rendering: past it, the page is served without its HTML. */
  signal?: AbortSignal;
}

export interface RenderedPage {
  /** What goes inside #root. */
  html: string;
  /** The Apollo cache the page was rendered from, for the board to hydrate with. */
  data: unknown;
}

export async function renderPage({
  url,
  locale,
  viewport,
  graphqlUrl,
  signal,
}: RenderPageOptions): Promise<RenderedPage> {
  // The visitor's zone is unknown here: dates in the board's home zone (the browser switches after).
  setTimeZone(BOARD_TIME_ZONE);
  const i18n = createI18n({ lng: locale, messages: { [locale]: await loadMessages(locale) } });
  const client = new ApolloClient({
    ssrMode: true,
    cache: createCache(),
    link: createLanguageLink(() => locale).concat(new HttpLink({ uri: graphqlUrl })),
  });
  try {
    const address = new URL(url, 'http://board.invalid');
    // The page's code first: rendered at once, without a loader where it will be.
    await loadPageAt(address.pathname);
    const { result } = await prerenderStatic({
      tree: (
        <ApolloProvider client={client}>
          <ViewportHintContext.Provider value={viewport}>
            <BoardProviders i18n={i18n}>
              <StaticRouter location={address.pathname + address.search}>
                <BoardRoutes />
              </StaticRouter>
            </BoardProviders>
          </ViewportHintContext.Provider>
        </ApolloProvider>
      ),
      signal,
      maxRerenders: 4,
      renderFunction: renderToString,
    });
    return { html: result, data: client.extract() };
  } finally {
    client.stop();
  }
}
