import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@ouimake/domain';

/**
 * Over HTTP, a RATE_LIMITED answer also says when to come back in the standard way: a
 * `Retry-After` header (seconds), the longest wait of the response's errors.
 */
export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const waits = (response.body.singleResult.errors ?? [])
          .filter((e) => e.extensions?.code === ErrorCode.RATE_LIMITED)
          .map((e) => Number(e.extensions?.retryAfterSeconds))
          .filter((s) => Number.isFinite(s) && s > 0);
        if (waits.length > 0) response.http.headers.set('retry-after', String(Math.ceil(Math.max(...waits))));
        // An operation that failed because the database was unreachable: 503, try again shortly.
        const unavailable = (response.body.singleResult.errors ?? []).find(
          (e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && e.extensions?.retryAfterSeconds,
        );
        if (unavailable) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfterSeconds));
        }
      },
    };
  },
};
