import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/** The largest request body accepted; larger ones are answered 413. */
export const MAX_BODY = '1mb';

/** JSON (GraphQL) and form (one-click unsubscribe) bodies, up to {@link MAX_BODY}. */
export function bodyParsers(): RequestHandler[] {
  return [
    express.json({ limit: MAX_BODY, strict: true }),
    express.urlencoded({ limit: MAX_BODY, extended: false }),
  ];
}

interface BodyError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is larger than 1 MB.',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'encoding.unsupported': 'The request body has an encoding the server does not read.',
  'charset.unsupported': 'The request body has a character set the server does not read.',
  'request.aborted': 'The request was aborted.',
  'request.size.invalid': 'The request body is not as long as announced.',
  'parameters.too.many': 'The request body has too many parameters.',
};

/**
 * Answers a body the parsers refused (malformed JSON, number literals JSON lacks, too large, bad
 * encoding, nesting too deep for the parser) with its 4xx and a GraphQL-style JSON error, rather
 * than letting it fall through to a 404 or 500. Other errors go on to Nest's handler.
 */
export const bodyErrorHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const e = (err ?? {}) as BodyError;
  const status = e.status ?? e.statusCode;
  const known = typeof e.type === 'string' && e.type in MESSAGES;
  const overflow = err instanceof RangeError;
  if (!known && !overflow) return next(err);
  if (res.headersSent) return next(err);
  const code = status === 413 ? 413 : status && status >= 400 && status < 500 ? status : 400;
  const message = overflow ? 'The request body is nested too deeply.' : MESSAGES[e.type as string];
  res
    .status(code)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
};
