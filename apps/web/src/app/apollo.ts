import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { i18n as I18n } from 'i18next';

/** The cache shared by the app and its tests: connections are merged page after page. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          challenges: relayStylePagination(['filter', 'orderBy']),
        },
      },
    },
  });
}

/** Sends the interface language, from which the API picks translated labels (themes, ...). */
export function createLanguageLink(getLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': getLanguage() },
    }));
    return forward(operation);
  });
}

export interface CreateApolloClientOptions {
  getLanguage: () => string;
  /** The network end of the chain; the app's HTTP link to /graphql by default. */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({
  getLanguage,
  terminatingLink,
}: CreateApolloClientOptions): ApolloClient {
  // Subscriptions will come in through a split link here: graphql-ws for subscriptions,
  // HTTP for queries and mutations.
  const network = terminatingLink ?? new HttpLink({ uri: '/graphql' });
  return new ApolloClient({
    link: ApolloLink.from([createLanguageLink(getLanguage), network]),
    cache: createCache(),
  });
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
