import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { LiveStatusSource } from '../shared/liveConnection';
import { BoardRoutes } from './router';
import { cssVariablesResolver, theme } from './theme';
import { LiveStatusContext } from '../shared/useLiveStatus';
import { type ViewportHint, ViewportHintContext } from '../shared/useViewport';

export interface BoardProvidersProps {
  i18n: I18n;
  children: ReactNode;
  /** 'test': no transitions and no portals, so that tests see menus at once and in place. */
  env?: 'default' | 'test';
}

/** Language and look: what every piece of the board, and every test, renders inside. */
export function BoardProviders({ i18n, children, env = 'default' }: BoardProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        forceColorScheme="light"
        env={env}
      >
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}

export interface AppProps {
  client: ApolloClient;
  /** The live connection whose status the board shows (offline notice). */
  live: LiveStatusSource;
  i18n: I18n;
  /** The screen the server rendered the page for, when it did. */
  viewport?: ViewportHint;
}

export function App({ client, live, i18n, viewport = 'wide' }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <LiveStatusContext.Provider value={live}>
        <ViewportHintContext.Provider value={viewport}>
          <BoardProviders i18n={i18n}>
            <BrowserRouter>
              <BoardRoutes />
            </BrowserRouter>
          </BoardProviders>
        </ViewportHintContext.Provider>
      </LiveStatusContext.Provider>
    </ApolloProvider>
  );
}
