import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

export interface Feed<T> {
  events: T[];
  /** Resolves with the first event (already received or to come) that matches, or rejects after `ms`. */
  next(match: (event: T) => boolean, ms?: number): Promise<T>;
  errors: unknown[];
  close(): Promise<void>;
}

/** Subscribes over a real WebSocket and collects what arrives. */
export async function subscribe<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
  params: Record<string, unknown> = {},
): Promise<Feed<T>> {
  const client: Client = createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { ...params, ...(authorization ? { authorization } : {}) },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: { match: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  let acknowledged: () => void = () => undefined;
  const ready = new Promise<void>((res) => (acknowledged = res));
  client.on('connected', () => acknowledged());
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (!value.data) return;
        const event = Object.values(value.data)[0] as T;
        events.push(event);
        for (const w of [...waiters]) {
          if (w.match(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      },
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  await ready;
  // Give the server a moment to register the subscription before anything is published.
  await new Promise((r) => setTimeout(r, 150));
  return {
    events,
    errors,
    next(match, ms = 1000) {
      const found = events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`)),
          ms,
        );
        waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    async close() {
      stop();
      await client.dispose();
    },
  };
}

export const ACTIVITY = `subscription($c: ID!) { challengeActivity(challengeId: $c) {
  kind challengeId presentCount at
  idea { id title voteCount hidden }
  comment { id body }
  challenge { id status session { phase } }
} }`;

export interface Activity {
  kind: string;
  ideaId?: string | null;
  commentId?: string | null;
  challengeId: string;
  presentCount: number | null;
  idea: { id: string; title: string; voteCount: number | null; hidden: boolean } | null;
  comment: { id: string; body: string } | null;
  challenge: { id: string; status: string; session: { phase: string } | null } | null;
}

/** Waits until `condition` holds (a refusal arrived), up to `ms`: a busy machine answers late. */
export async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  for (let waited = 0; waited < ms && !condition(); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
}
