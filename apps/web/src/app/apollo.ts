import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import type { i18n as I18n } from 'i18next';
import { createCache } from '../shared/apolloCache';
import { isUnauthenticated } from '../shared/apiErrors';
import type { LiveConnection } from '../shared/liveConnection';
import { refetchLive } from '../shared/liveRefetch';
import {
  bearer,
  type TokenContext,
  type TokenStore,
  tokenStore as browserTokenStore,
} from '../shared/tokenStore';

/** Sends the interface language, from which the API picks translated labels (themes, ...). */
export function createLanguageLink(getLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': getLanguage() },
    }));
    return forward(operation);
  });
}

interface AuthContext extends TokenContext {
  /** The token this request was sent with (set by the auth link). */
  sentToken?: string | null;
  headers?: Record<string, string>;
}

/** Sends the signed-in person's token as `Authorization: Bearer <token>`. */
export function createAuthLink(store: TokenStore): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ withoutToken, headers }: AuthContext) => {
      const token = withoutToken ? null : store.get();
      return { sentToken: token, headers: token ? { ...headers, Authorization: bearer(token) } : headers };
    });
    return forward(operation);
  });
}

/**
 * A token the API refuses (revoked, expired, forged) is dropped, so that the board shows the
 * signed-out state; what was on screen is then fetched again without it (resetOnSessionChange).
 * Only the token the refused request carried is dropped, and only once: a request sent without a
 * token (a wrong password) changes nothing, and no refusal can loop.
 */
export function createSessionEndLink(store: TokenStore): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    const { sentToken } = operation.getContext() as AuthContext;
    if (sentToken && store.get() === sentToken && isUnauthenticated(error)) store.clear();
  });
}

export interface CreateApolloClientOptions {
  getLanguage: () => string;
  /** Where the token is kept; the browser's localStorage by default. */
  tokenStore?: TokenStore;
  /** The network end of the chain; the app's HTTP link to /graphql by default. */
  terminatingLink?: ApolloLink;
  /**
   * Where subscriptions go (the app's GraphQLWsLink over its live connection); without it, they
   * go to the terminating link like everything else (tests).
   */
  subscriptionLink?: ApolloLink;
}

/** Subscriptions to `subscriptionLink`, everything else to `network`. */
export function splitSubscriptions(subscriptionLink: ApolloLink, network: ApolloLink): ApolloLink {
  return ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    subscriptionLink,
    network,
  );
}

export function createApolloClient({
  getLanguage,
  tokenStore = browserTokenStore,
  terminatingLink,
  subscriptionLink,
}: CreateApolloClientOptions): ApolloClient {
  // Queries and mutations over HTTP; subscriptions over the WebSocket (whose connection_init carries
  // the token). A subscription refused as UNAUTHENTICATED drops the token like any request.
  const network = terminatingLink ?? new HttpLink({ uri: '/graphql' });
  return new ApolloClient({
    link: ApolloLink.from([
      createLanguageLink(getLanguage),
      createSessionEndLink(tokenStore),
      createAuthLink(tokenStore),
      subscriptionLink ? splitSubscriptions(subscriptionLink, network) : network,
    ]),
    cache: createCache(),
  });
}

/**
 * Empties the cache and refetches what is on screen whenever the token changes (signing in, out,
 * a refused token, or another tab doing so), so that nothing of the previous person stays on
 * screen. Returns the function that stops listening.
 */
export function resetOnSessionChange(client: ApolloClient, store: TokenStore): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    // After the current request has delivered its result (a refusal), and once for a burst.
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      client.resetStore().catch(() => {
        // A query that fails again shows its own error state.
      });
    }, 0);
  };
  const stop = store.subscribe(reset);
  return () => {
    stop();
    clearTimeout(pending);
  };
}

/**
 * Refetches every query on screen when the interface language changes, so translated labels
 * follow. Returns the function that stops listening.
 */
export function refetchOnLanguageChange(client: ApolloClient, i18n: I18n): () => void {
  const refetch = () => {
    client.refetchQueries({ include: 'active' }).catch(() => {
      // Each query shows its own error state; nothing more to do here.
    });
  };
  i18n.on('languageChanged', refetch);
  return () => i18n.off('languageChanged', refetch);
}

/**
 * Refetches every query on screen when the live connection comes back after an outage, so that
 * what happened meanwhile (ideas, votes, a round started) shows. Returns the function that stops.
 */
export function catchUpAfterOutage(
  client: ApolloClient,
  live: Pick<LiveConnection, 'onReconnect'>,
): () => void {
  // Each query shows its own error state; the next reconnection tries again.
  return live.onReconnect(() => void refetchLive(client, 'active'));
}
