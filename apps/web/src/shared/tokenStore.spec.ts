import { connectionParams, createTokenStore, TOKEN_STORAGE_KEY } from './tokenStore';

describe('the token store', () => {
  it('keeps the token across a reload: a new store in the same browser still has it', () => {
    createTokenStore().set('token-1');

    const afterReload = createTokenStore();

    expect(afterReload.get()).toBe('token-1');
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-1');
  });

  it('forgets the token when cleared (sign-out), for this page and the next', () => {
    const store = createTokenStore();
    store.set('token-1');

    store.clear();

    expect(store.get()).toBeNull();
    expect(createTokenStore().get()).toBeNull();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('tells its listeners about each change, and only about changes', () => {
    const store = createTokenStore();
    const listener = jest.fn();
    const stop = store.subscribe(listener);

    store.set('token-1');
    store.set('token-1');
    store.clear();
    store.clear();
    stop();
    store.set('token-2');

    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('hears another tab signing in or out', () => {
    const store = createTokenStore();
    const listener = jest.fn();
    store.subscribe(listener);

    window.localStorage.setItem(TOKEN_STORAGE_KEY, 'from-another-tab');
    window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_STORAGE_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'ouimake.language' }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe('from-another-tab');
  });

  it('keeps the token for the visit when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = createTokenStore({ storage: refusing, events: null });

    store.set('token-1');
    expect(store.get()).toBe('token-1');
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('gives the WebSocket connection_init payload', () => {
    const store = createTokenStore();
    expect(connectionParams(store)).toEqual({});
    store.set('token-1');
    expect(connectionParams(store)).toEqual({ authorization: 'Bearer token-1' });
  });
});
