import type { RequestHandler } from 'express';
import { MAX_NESTING, TOO_COMPLEX_PREFIX, textNesting } from '../graphql/query-limits';

/**
 * Refuses, before Apollo parses it, a GraphQL document whose text nests deeper than
 * {@link MAX_NESTING}: 400 QUERY_TOO_COMPLEX as JSON, where the recursive parser would otherwise
 * overflow its stack.
 */
export const documentNestingGuard: RequestHandler = (req, res, next) => {
  const body = req.body as { query?: unknown } | undefined;
  const query = typeof body?.query === 'string' ? body.query : req.query?.['query'];
  if (typeof query !== 'string' || textNesting(query) <= MAX_NESTING) return next();
  res
    .status(400)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [
          {
            message: `${TOO_COMPLEX_PREFIX} it is nested too deeply. Ask for less in one request.`,
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      }),
    );
};
