import '@fontsource-variable/nunito';
import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient, refetchOnLanguageChange, resetOnSessionChange } from './app/apollo';
import { App } from './app/App';
import { createI18n, currentLocale } from './app/i18n';
import { createAppRouter } from './app/router';
import { tokenStore } from './app/tokenStore';

const i18n = createI18n();
const client = createApolloClient({ getLanguage: () => currentLocale(i18n), tokenStore });
refetchOnLanguageChange(client, i18n);
resetOnSessionChange(client, tokenStore);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={client} i18n={i18n} router={createAppRouter()} />
  </StrictMode>,
);
