import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useLayoutEffect, useMemo, useState } from 'react';
import { I18nContext } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { LiveStatusSource } from '../shared/liveConnection';
import { BoardRoutes } from './router';
import { cssVariablesResolver, theme } from './theme';
import { subscribeTimeZone } from '../shared/timeZone';
import { LiveStatusContext } from '../shared/useLiveStatus';
import { type ViewportHint, ViewportHintContext } from '../shared/useViewport';

export interface BoardProvidersProps {
  i18n: I18n;
  children: ReactNode;
  /** 'test': no transitions and no portals, so that tests see menus at once and in place. */
  env?: 'default' | 'test';
}

/**
 * i18next's context, given anew when the zone dates are written in changes (shared/timeZone.ts):
 * every text is then written again, at the priority of the change. After a takeover that is a
 * transition, a few milliseconds at a time; an i18next event would have re-rendered every text of
 * the page at once, in one long task (react-i18next reads its events through
 * useSyncExternalStore, which ignores transitions).
 */
function TextsProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [zoneChanges, setZoneChanges] = useState(0);
  // Before any page's effects run (the takeover's among them), so that no change is missed.
  useLayoutEffect(() => subscribeTimeZone(() => setZoneChanges((count) => count + 1)), []);
  const value = useMemo(() => ({ i18n, zoneChanges }), [i18n, zoneChanges]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Language and look: what every piece of the board, and every test, renders inside. */
export function BoardProviders({ i18n, children, env = 'default' }: BoardProvidersProps) {
  return (
    <TextsProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        forceColorScheme="light"
        env={env}
      >
        {children}
      </MantineProvider>
    </TextsProvider>
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
