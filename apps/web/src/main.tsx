import '@fontsource-variable/nunito';
import '@mantine/core/styles.css';
import './app/global.css';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import {
  catchUpAfterOutage,
  createApolloClient,
  refetchOnLanguageChange,
  resetOnSessionChange,
} from './app/apollo';
import { App } from './app/App';
import { createI18n, currentLocale, detectLocale, loadMessages } from './app/i18n';
import { createLiveConnection, liveUrl } from './shared/liveConnection';
import { createAppRouter, loadPageAt } from './app/router';
import { readRenderedPage } from './app/renderedPage';
import { BOARD_TIME_ZONE, setTimeZone } from './shared/timeZone';
import { tokenStore } from './shared/tokenStore';
import { ViewerQuery } from './modules/accounts/graphql/Viewer.query';

// A first visit's page may come rendered by the server, signed out, in the language it picked.
const rendered = readRenderedPage(document);
// Only the visitor's language is fetched (preloaded by the server with the page).
const lng = detectLocale();
const i18n = createI18n({ lng, messages: { [lng]: await loadMessages(lng) } });
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
  ssrForceFetchDelay: rendered ? 300 : undefined,
});
refetchOnLanguageChange(client, i18n);
// Live results come in the language the socket announced: a new language, a new socket.
i18n.on('languageChanged', () => live.restart());
resetOnSessionChange(client, tokenStore);
catchUpAfterOutage(client, live);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App client={client} live={live} i18n={i18n} router={createAppRouter()} viewport={rendered?.viewport} />
  </StrictMode>
);
if (rendered && rendered.locale === lng) {
  // The board takes over the page on screen with the data it was rendered from, once the page's
  // code is here; then what is the person's own (signed in, their votes) is fetched in its place.
  client.cache.restore(rendered.data as never);
  setTimeZone(BOARD_TIME_ZONE);
  await loadPageAt(window.location.pathname).catch(() => undefined);
  hydrateRoot(container, app);
  if (tokenStore.get()) {
    setTimeout(() => void client.refetchQueries({ include: 'active' }).catch(() => undefined), 0);
  }
} else {
  // Another language than the rendered one (a choice kept in this browser), or nothing rendered.
  createRoot(container).render(app);
}
