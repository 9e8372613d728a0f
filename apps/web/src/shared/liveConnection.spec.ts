import {
  createLiveConnection,
  INITIAL_LIVE_STATE,
  type LiveConnection,
  liveUrl,
  MAX_RETRY_DELAY_MS,
  nextLiveState,
  retryDelayMs,
} from './liveConnection';
import { createTokenStore, type TokenStore } from './tokenStore';

describe('the live connection, step by step', () => {
  it('is at the page’s own address, secure under https', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'ouimake.example' })).toBe('wss://ouimake.example/graphql');
  });

  it('waits longer after each failure, up to 30 seconds, never all at the same moment', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 1)).toBe(8000);
    expect(retryDelayMs(20, () => 1)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(20, () => 0)).toBe(MAX_RETRY_DELAY_MS / 2);
  });

  it('is offline from a lost connection until it is back, even while trying again', () => {
    let state = nextLiveState(INITIAL_LIVE_STATE, { type: 'connecting' });
    expect(state.status).toBe('connecting');
    state = nextLiveState(state, { type: 'connected' });
    expect(state.status).toBe('connected');
    state = nextLiveState(state, { type: 'closed', operations: 1 });
    expect(state.status).toBe('offline');
    state = nextLiveState(state, { type: 'connecting' });
    expect(state.status).toBe('offline');
    state = nextLiveState(state, { type: 'connected' });
    expect(state.status).toBe('connected');
  });

  it('is connecting, not offline, while it restarts for a new token', () => {
    let state = nextLiveState({ status: 'connected', restarting: false }, { type: 'restart' });
    expect(state).toEqual({ status: 'connecting', restarting: true });
    state = nextLiveState(state, { type: 'closed', operations: 1 });
    state = nextLiveState(state, { type: 'connecting' });
    expect(state.status).toBe('connecting');
    expect(nextLiveState(state, { type: 'connected' })).toEqual({ status: 'connected', restarting: false });
  });

  it('is idle when nobody listens: a socket closing then, or an outage nobody waits for', () => {
    expect(
      nextLiveState({ status: 'connected', restarting: false }, { type: 'closed', operations: 0 }).status,
    ).toBe('idle');
    expect(
      nextLiveState({ status: 'offline', restarting: false }, { type: 'released', operations: 0 }),
    ).toEqual(INITIAL_LIVE_STATE);
    expect(
      nextLiveState({ status: 'offline', restarting: false }, { type: 'released', operations: 1 }).status,
    ).toBe('offline');
    expect(nextLiveState(INITIAL_LIVE_STATE, { type: 'restart' })).toEqual(INITIAL_LIVE_STATE);
  });
});

/** A WebSocket the test drives: it opens, answers and drops when told to. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static made: FakeSocket[] = [];

  readyState = FakeSocket.CONNECTING;
  sent: Array<{ type: string; payload?: unknown }> = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.made.push(this);
  }

  send(data: string) {
    this.sent.push(JSON.parse(data) as { type: string; payload?: unknown });
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }

  /** The server accepts the connection. */
  async accept() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
    await settle();
    this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) });
    await settle();
  }

  /** The server (or the network) drops it. */
  async drop(code = 1006) {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason: '', wasClean: false });
    await settle();
  }

  get init() {
    return this.sent.find((message) => message.type === 'connection_init');
  }

  get subscribed() {
    return this.sent.filter((message) => message.type === 'subscribe').length;
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};
const latest = () => FakeSocket.made[FakeSocket.made.length - 1];

describe('the live connection, with a socket', () => {
  let store: TokenStore;
  let live: LiveConnection;
  let refused: jest.Mock;
  let browser: EventTarget;

  function connect({
    retryDelay = () => 0,
    keepAliveMs = 0,
    language,
  }: { retryDelay?: (retries: number) => number; keepAliveMs?: number; language?: () => string } = {}) {
    refused = jest.fn();
    browser = new EventTarget();
    live = createLiveConnection({
      url: 'ws://board.test/graphql',
      tokenStore: store,
      language,
      onRefused: refused,
      events: browser as unknown as Window,
      webSocketImpl: FakeSocket,
      retryDelay,
      keepAliveMs,
      pongTimeoutMs: keepAliveMs,
    });
    const statuses: string[] = [];
    live.subscribe(() => statuses.push(live.getStatus()));
    const reconnected = jest.fn();
    live.onReconnect(reconnected);
    return { statuses, reconnected };
  }

  function listen() {
    const sink = { next: jest.fn(), error: jest.fn(), complete: jest.fn() };
    const stop = live.client.subscribe(
      { query: 'subscription { challengeActivity(challengeId: "c") { kind } }' },
      sink,
    );
    return { sink, stop };
  }

  beforeEach(() => {
    FakeSocket.made = [];
    store = createTokenStore({ storage: null, events: null });
  });

  afterEach(() => live.dispose());

  it('opens on the first subscription only, as the signed-in person', async () => {
    store.set('token-1');
    const { statuses } = connect();
    expect(live.getStatus()).toBe('idle');
    expect(FakeSocket.made).toHaveLength(0);

    listen();
    await settle();
    expect(live.getStatus()).toBe('connecting');
    await latest().accept();

    expect(live.getStatus()).toBe('connected');
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(latest().url).toBe('ws://board.test/graphql');
    expect(latest().init?.payload).toEqual({ authorization: 'Bearer token-1' });
    expect(latest().subscribed).toBe(1);
  });

  it('tells the server the board’s language, and the new one after a restart', async () => {
    let language = 'en';
    connect({ language: () => language });
    listen();
    await settle();
    await latest().accept();
    expect(latest().init?.payload).toEqual({ language: 'en' });

    language = 'fr';
    live.restart();
    await settle();
    await latest().accept();
    expect(latest().init?.payload).toEqual({ language: 'fr' });
  });

  it('says offline when the connection drops, tries again, and catches up once back', async () => {
    const { statuses, reconnected } = connect();
    listen();
    await settle();
    await latest().accept();

    await FakeSocket.made[0].drop();
    expect(live.getStatus()).toBe('offline');
    expect(FakeSocket.made).toHaveLength(2);
    expect(reconnected).not.toHaveBeenCalled();

    await latest().accept();
    expect(statuses).toEqual(['connecting', 'connected', 'offline', 'connected']);
    expect(reconnected).toHaveBeenCalledTimes(1);
    // The subscription resumed on the new socket.
    expect(latest().subscribed).toBe(1);
  });

  it('starts again at once as the new person when the token changes, without calling it an outage', async () => {
    store.set('token-1');
    const { statuses, reconnected } = connect({ retryDelay: () => 60_000 });
    listen();
    await settle();
    await latest().accept();

    store.set('token-2');
    await settle();
    expect(FakeSocket.made).toHaveLength(2);
    await latest().accept();

    expect(latest().init?.payload).toEqual({ authorization: 'Bearer token-2' });
    expect(statuses).toEqual(['connecting', 'connected', 'connecting', 'connected']);
    expect(reconnected).not.toHaveBeenCalled();

    store.clear();
    await settle();
    await latest().accept();
    expect(latest().init?.payload).toEqual({});
  });

  it('does not reuse a socket kept open between pages after the token changed', async () => {
    store.set('token-1');
    connect({ retryDelay: () => 60_000 });
    const { stop } = listen();
    await settle();
    await latest().accept();

    // The page is left (to sign in): the socket stays open a moment, for the next page.
    stop();
    await settle();
    expect(FakeSocket.made[0].readyState).toBe(FakeSocket.OPEN);
    store.set('token-2');
    await settle();
    listen();
    await settle();

    expect(FakeSocket.made).toHaveLength(2);
    await latest().accept();
    expect(latest().init?.payload).toEqual({ authorization: 'Bearer token-2' });
    expect(latest().subscribed).toBe(1);
    expect(live.getStatus()).toBe('connected');
  });

  it('has a refused token checked, once per token', async () => {
    store.set('token-1');
    connect();
    listen();
    await settle();
    await latest().drop(4403);
    await latest().drop(4403);

    expect(refused).toHaveBeenCalledTimes(1);
    expect(refused).toHaveBeenCalledWith('token-1');
  });

  it('forgets an outage nobody is waiting for any more', async () => {
    connect({ retryDelay: () => 60_000 });
    const { stop } = listen();
    await settle();
    await latest().accept();
    await latest().drop();
    expect(live.getStatus()).toBe('offline');

    stop();

    expect(live.getStatus()).toBe('idle');
  });

  it('drops the socket when the browser goes offline, and tries again as soon as it is back', async () => {
    connect({ retryDelay: () => 60_000 });
    listen();
    await settle();
    await latest().accept();

    browser.dispatchEvent(new Event('offline'));
    await settle();
    expect(live.getStatus()).toBe('offline');
    expect(FakeSocket.made).toHaveLength(1);

    browser.dispatchEvent(new Event('online'));
    await settle();
    expect(FakeSocket.made).toHaveLength(2);
    await latest().accept();
    expect(live.getStatus()).toBe('connected');
  });

  it('drops a socket that stops answering pings, and tries again', async () => {
    connect({ keepAliveMs: 20 });
    listen();
    await settle();
    await latest().accept();

    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(FakeSocket.made[0].sent.some((message) => message.type === 'ping')).toBe(true);
    expect(live.getStatus()).toBe('offline');
    expect(FakeSocket.made.length).toBeGreaterThan(1);
  });
});
