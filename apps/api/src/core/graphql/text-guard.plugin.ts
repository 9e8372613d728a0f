import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** PostgreSQL cannot store the NUL character: any text carrying one is refused up front. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

export const textGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      // After parsing and validation, before anything runs: errors here are the client's.
      async didResolveOperation({ request }) {
        const inQuery = request.query?.includes('\u0000') || request.query?.includes('\\u0000');
        const inVariables = nulPath(request.variables ?? {}, '');
        if (inQuery || inVariables) {
          const field = inVariables?.split(/[.[]/).pop();
          throw new GraphQLError('Text may not contain the NUL character.', {
            extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 400 } },
          });
        }
      },
    };
  },
};
