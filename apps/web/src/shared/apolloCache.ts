import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The cache shared by the app and its tests: connections are merged page after page. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          challenges: relayStylePagination(['filter', 'orderBy']),
          users: relayStylePagination(['query']),
          reports: relayStylePagination(['status']),
          auditLog: relayStylePagination(),
          notifications: relayStylePagination(['unreadOnly']),
          myIdeas: relayStylePagination(),
        },
      },
      Project: {
        fields: {
          challenges: relayStylePagination(),
        },
      },
      Challenge: {
        fields: {
          ideas: relayStylePagination(['orderBy', 'status']),
        },
      },
      Idea: {
        fields: {
          comments: relayStylePagination(),
        },
      },
      User: {
        fields: {
          ideas: relayStylePagination(),
          comments: relayStylePagination(),
        },
      },
    },
  });
}
