import { type Client, createClient, type Sink, type SubscribePayload } from 'graphql-ws';
import { connectionParams, type TokenStore } from './tokenStore';

/**
 * The board's one WebSocket to the API (graphql-ws), which carries every live subscription.
 *
 * It opens when a page first subscribes and closes a little after the last one ends. A dropped
 * connection is retried forever, with a growing wait (at once when the browser says it is back
 * online); the subscriptions then resume by themselves. A change of token (signing in or out, here
 * or in another tab) restarts it, so that it speaks as the new person. The server closes it with
 * 4403 when it refuses the token: the token is then checked over HTTP (`onRefused`), which drops
 * it if the API refuses it there too; a 4403 for another reason (too many sockets) keeps it.
 */

/** What the board says about its live connection. */
export type LiveStatus =
  /** No page listens live: no socket is needed. */
  | 'idle'
  /** Opening (the first time, or again after a change of token). */
  | 'connecting'
  | 'connected'
  /** Lost, and trying again: what is on screen may be behind. */
  | 'offline';

/** The API's WebSocket address: the page's own host and path, `wss:` under `https:`. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** The longest wait between two attempts to reconnect. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * How long to wait before the attempt after `retries` failed ones: 1 s, 2 s, 4 s… up to 30 s, each
 * between half and all of it at random, so that a room of phones does not come back all at once.
 */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.max(0, retries));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface LiveState {
  status: LiveStatus;
  /** A restart was asked for (new token): the close that follows is not an outage. */
  restarting: boolean;
}

export type LiveEvent =
  | { type: 'connecting' }
  | { type: 'connected' }
  | { type: 'closed'; operations: number }
  | { type: 'restart' }
  /** A subscription ended; `operations` are still running. */
  | { type: 'released'; operations: number };

export const INITIAL_LIVE_STATE: LiveState = { status: 'idle', restarting: false };

/** The connection's status after `event`. */
export function nextLiveState(state: LiveState, event: LiveEvent): LiveState {
  switch (event.type) {
    case 'connecting':
      // Trying again after an outage is still being offline.
      return { ...state, status: state.status === 'offline' && !state.restarting ? 'offline' : 'connecting' };
    case 'connected':
      return { status: 'connected', restarting: false };
    case 'closed':
      if (state.restarting) return { ...state, status: 'connecting' };
      return { ...state, status: event.operations > 0 ? 'offline' : 'idle' };
    case 'restart':
      return { status: state.status === 'idle' ? 'idle' : 'connecting', restarting: state.status !== 'idle' };
    case 'released':
      // Nobody listens any more: an outage no longer matters (a live socket closes by itself).
      if (event.operations === 0 && state.status !== 'connected') return INITIAL_LIVE_STATE;
      return state;
  }
}

/** What React reads of the connection. */
export interface LiveStatusSource {
  getStatus(): LiveStatus;
  /** Calls `listener` after each change of status; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface LiveConnection extends LiveStatusSource {
  /** The graphql-ws client, for Apollo's GraphQLWsLink. */
  readonly client: Client;
  /** Calls `listener` each time the connection is back after an outage; returns the unsubscribe. */
  onReconnect(listener: () => void): () => void;
  /** Closes the socket and opens it again at once (if one is needed). */
  restart(): void;
  /** Closes for good (tests). */
  dispose(): void;
}

type BrowserEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface CreateLiveConnectionOptions {
  url: string;
  tokenStore: TokenStore;
  /** The board's language, sent in connection_init so that translated fields come in it. */
  language?: () => string;
  /** The server refused the socket (4403) while it carried `token`; called once per token. */
  onRefused?: (token: string) => void;
  /** Where `online` and `offline` are heard; `window` by default. */
  events?: BrowserEvents | null;
  /** A WebSocket class other than the browser's (tests). */
  webSocketImpl?: unknown;
  /** The wait before a reconnection attempt; `retryDelayMs` by default. */
  retryDelay?: (retries: number) => number;
  /** How often to ping the server; a ping unanswered within `pongTimeoutMs` drops the socket. */
  keepAliveMs?: number;
  pongTimeoutMs?: number;
  /** How long the socket stays open after the last subscription (a page changing to the next). */
  lazyCloseTimeoutMs?: number;
}

/** The socket is refused: bad token, foreign page or too many sockets (see the API's README). */
export const FORBIDDEN_CLOSE_CODE = 4403;

export function createLiveConnection({
  url,
  tokenStore,
  language,
  onRefused,
  events = typeof window === 'undefined' ? null : window,
  webSocketImpl,
  retryDelay = retryDelayMs,
  keepAliveMs = 15_000,
  pongTimeoutMs = 8_000,
  lazyCloseTimeoutMs = 5_000,
}: CreateLiveConnectionOptions): LiveConnection {
  let state = INITIAL_LIVE_STATE;
  let operations = 0;
  let disposed = false;
  const listeners = new Set<() => void>();
  const reconnectListeners = new Set<() => void>();
  const refusedTokens = new Set<string>();
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const dispatch = (event: LiveEvent) => {
    const before = state;
    state = nextLiveState(state, event);
    if (state.status !== before.status) for (const listener of [...listeners]) listener();
    if (event.type === 'connected' && before.status === 'offline') {
      for (const listener of [...reconnectListeners]) listener();
    }
  };

  // The wait between attempts, cut short by `wake()` (back online, or a restart).
  let wakeWaiting: (() => void) | null = null;
  let wakeRequested = false;
  const wake = () => {
    if (wakeWaiting) wakeWaiting();
    else wakeRequested = true;
  };
  const retryWait = (retries: number) =>
    new Promise<void>((resolve) => {
      if (wakeRequested || disposed) {
        wakeRequested = false;
        resolve();
        return;
      }
      const done = () => {
        clearTimeout(timer);
        wakeWaiting = null;
        resolve();
      };
      const timer = setTimeout(done, retryDelay(retries));
      wakeWaiting = done;
    });

  const raw = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: lazyCloseTimeoutMs,
    keepAlive: keepAliveMs,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Every failure is worth another attempt (the default gives up on socket errors).
    shouldRetry: () => true,
    retryWait,
    connectionParams: () => ({
      ...connectionParams(tokenStore),
      ...(language ? { language: language() } : {}),
    }),
    ...(webSocketImpl ? { webSocketImpl } : {}),
    on: {
      connecting: () => dispatch({ type: 'connecting' }),
      connected: () => {
        wakeRequested = false;
        dispatch({ type: 'connected' });
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => raw.terminate(), pongTimeoutMs);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        const code = (event as { code?: number } | null)?.code;
        const token = tokenStore.get();
        if (code === FORBIDDEN_CLOSE_CODE && token && !refusedTokens.has(token)) {
          refusedTokens.add(token);
          onRefused?.(token);
        }
        dispatch({ type: 'closed', operations });
      },
    },
  });

  const subscribe = (payload: SubscribePayload, sink: Sink) => {
    operations += 1;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      operations -= 1;
      dispatch({ type: 'released', operations });
    };
    const dispose = raw.subscribe(payload, {
      next: (value) => sink.next(value),
      error: (error) => {
        end();
        sink.error(error);
      },
      complete: () => {
        end();
        sink.complete();
      },
    });
    return () => {
      end();
      dispose();
    };
  };
  const client: Client = { ...raw, subscribe };

  const restart = () => {
    if (disposed) return;
    if (operations === 0) {
      // A socket kept open for the next page would still speak as the previous person: close it,
      // and the next subscription opens a new one.
      raw.terminate();
      return;
    }
    dispatch({ type: 'restart' });
    wake();
    raw.terminate();
  };

  const stopToken = tokenStore.subscribe(restart);
  const onOffline = () => {
    if (operations > 0) raw.terminate();
  };
  events?.addEventListener('online', wake);
  events?.addEventListener('offline', onOffline);

  return {
    client,
    getStatus: () => state.status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    restart,
    dispose() {
      disposed = true;
      stopToken();
      events?.removeEventListener('online', wake);
      events?.removeEventListener('offline', onOffline);
      clearTimeout(pongTimer);
      wake();
      // A socket still being opened is refused ("all subscriptions gone"): nothing to report.
      Promise.resolve(raw.dispose()).catch(() => undefined);
    },
  };
}
