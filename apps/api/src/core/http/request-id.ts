import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();

/** The id of the HTTP request being served, when there is one (never over WebSocket). */
export function currentRequestId(): string | undefined {
  return storage.getStore();
}

/**
 * Gives every request a fresh random id: on `req.id` (pino-http logs it with each line), in the
 * `X-Request-Id` response header, and for the rest of the request's work through
 * {@link currentRequestId} (an internal error is answered and logged with it). Ids sent by clients
 * are not trusted: anyone could make two requests share one.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  storage.run(id, next);
}
