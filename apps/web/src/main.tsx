import '@fontsource-variable/nunito';
import '@mantine/core/styles.css';
import './app/global.css';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  catchUpAfterOutage,
  createApolloClient,
  refetchOnLanguageChange,
  resetOnSessionChange,
} from './app/apollo';
import { App } from './app/App';
import { createI18n, currentLocale, detectLocale, loadMessages } from './app/i18n';
import { createLiveConnection, liveUrl } from './shared/liveConnection';
import { createAppRouter } from './app/router';
import { tokenStore } from './shared/tokenStore';
import { ViewerQuery } from './modules/accounts/graphql/Viewer.query';

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
});
refetchOnLanguageChange(client, i18n);
// Live results come in the language the socket announced: a new language, a new socket.
i18n.on('languageChanged', () => live.restart());
resetOnSessionChange(client, tokenStore);
catchUpAfterOutage(client, live);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={client} live={live} i18n={i18n} router={createAppRouter()} />
  </StrictMode>,
);
