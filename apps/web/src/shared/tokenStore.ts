/**
 * The one place the board keeps the signed-in person's bearer token. The HTTP link reads it for the
 * Authorization header of every request; the WebSocket link will read it for connection_init's
 * payload (`connectionParams`). It lives in localStorage so that a reload stays signed in, and a
 * change made in another tab of the same browser reaches this one through the `storage` event.
 */

/** Where the token is kept in this browser. */
export const TOKEN_STORAGE_KEY = 'ouimake.token';

export interface TokenStore {
  /** The token, or null when signed out. */
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Calls `listener` after every change, here or in another tab; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The Authorization header value for a token. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/** graphql-ws `connectionParams`: what connection_init carries (nothing when signed out). */
export function connectionParams(store: TokenStore): { authorization?: string } {
  const token = store.get();
  return token ? { authorization: bearer(token) } : {};
}

/** What a request's context may say about the token (read by the shell's auth link). */
export interface TokenContext {
  withoutToken?: boolean;
}

/**
 * Operation context for the few requests that must go without the token: signing in or up with a
 * token that was revoked meanwhile would otherwise be refused as UNAUTHENTICATED.
 */
export const WITHOUT_TOKEN = { withoutToken: true } as const satisfies TokenContext;

export interface CreateTokenStoreOptions {
  /** Where tokens persist; the browser's localStorage by default. */
  storage?: Storage | null;
  /** Whose `storage` events say another tab changed the token; `window` by default. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Access itself can throw (storage disabled).
  }
}

export function createTokenStore({
  storage = browserStorage(),
  events = typeof window === 'undefined' ? null : window,
}: CreateTokenStoreOptions = {}): TokenStore {
  const listeners = new Set<() => void>();
  // When the browser refuses storage (disabled, private mode, full quota), the token is kept in
  // memory instead: signed in for this visit only.
  let inMemory = storage === null;
  let memory: string | null = null;
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const read = (): string | null => {
    if (!inMemory && storage) {
      try {
        return storage.getItem(TOKEN_STORAGE_KEY);
      } catch {
        inMemory = true;
      }
    }
    return memory;
  };
  const write = (token: string | null) => {
    memory = token;
    if (inMemory || !storage) return;
    try {
      if (token === null) storage.removeItem(TOKEN_STORAGE_KEY);
      else storage.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      inMemory = true;
    }
  };

  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    // `key` is null when another tab cleared the whole storage.
    if (key === TOKEN_STORAGE_KEY || key === null) notify();
  };

  return {
    // Read through to storage every time: what another tab wrote is what counts.
    get: () => {
      const token = read();
      return token && token.trim() !== '' ? token : null;
    },
    set(token) {
      if (read() === token) return;
      write(token);
      notify();
    },
    clear() {
      if (read() === null) return;
      write(null);
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** The board's token store, shared by the Apollo links and the account pages. */
export const tokenStore: TokenStore = createTokenStore();
