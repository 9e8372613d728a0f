import '@fontsource-variable/nunito';
import '@mantine/core/styles.css';
import './app/global.css';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import {
  catchUpAfterOutage,
  createApolloClient,
  refetchOnLanguageChange,
  resetOnSessionChange,
} from './app/apollo';
import { App } from './app/App';
import {
  createI18n,
  currentLocale,
  detectLocale,
  loadFirstMessages,
  startedWithFirstMessages,
} from './app/i18n';
import { createLiveConnection, liveUrl } from './shared/liveConnection';
import { loadPageAt, prefetchPagesOnIntent } from './app/router';
import { readRenderedPage } from './app/renderedPage';
import { beginTakeover } from './app/takeover';
import { BOARD_TIME_ZONE, setTimeZone } from './shared/timeZone';
import { tokenStore } from './shared/tokenStore';
import { ViewerQuery } from './modules/accounts/graphql/Viewer.query';

// A first visit's page may come rendered by the server, signed out, in the language it picked.
const rendered = readRenderedPage(document);
// Only the visitor's language is fetched (preloaded by the server with the page).
const lng = detectLocale();
// A first visit fetches the texts of the shell and the home page; the rest come with another page.
const i18n = createI18n({ lng, messages: { [lng]: await loadFirstMessages(lng) } });
startedWithFirstMessages(i18n);
const takingOver = rendered !== null && rendered.locale === lng;
// A rendered page is taken over once its code (and its texts) are here: a page other than the
// board's home renders nothing without them.
if (takingOver) await loadPageAt(window.location.pathname).catch(() => undefined);
const live = createLiveConnection({
  url: liveUrl(window.location),
  tokenStore,
  language: () => currentLocale(i18n),
  // The socket was refused with this token: ask the API over HTTP who it belongs to. A token the
  // API refuses there is dropped by the session link (the board then shows signed out, and the
  // socket reconnects anonymously); a good one is kept (the refusal had another cause).
  onRefused: () => {
    client.query({ query: ViewerQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
  },
});
const client = createApolloClient({
  getLanguage: () => currentLocale(i18n),
  tokenStore,
  subscriptionLink: new GraphQLWsLink(live.client),
});
refetchOnLanguageChange(client, i18n);
// Live results come in the language the socket announced: a new language, a new socket.
i18n.on('languageChanged', () => live.restart());
resetOnSessionChange(client, tokenStore);
catchUpAfterOutage(client, live);
// A link about to be followed fetches its page's code.
prefetchPagesOnIntent();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App client={client} live={live} i18n={i18n} viewport={rendered?.viewport} />
  </StrictMode>
);
if (rendered && takingOver) {
  // The board takes over the page on screen with the data it was rendered from; then what is the
  // person's own (signed in: their votes, follows) is fetched in its place (app/takeover.tsx).
  client.cache.restore(rendered.data as never);
  // Until the page is taken over, queries answer from that data alone, as on the server.
  client.prioritizeCacheValues = true;
  setTimeZone(BOARD_TIME_ZONE);
  beginTakeover();
  // In a transition, the taking over yields to the browser every few milliseconds (a tap or a
  // scroll is not held up by it), as Remix does.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // Nothing rendered, or in another language than the visitor's (a choice kept in this browser).
  createRoot(container).render(app);
}
