import { useSyncExternalStore } from 'react';
import { type TokenStore, tokenStore } from './tokenStore';

/** The stored token (null when signed out); re-renders when it changes, here or in another tab. */
export function useAuthToken(store: TokenStore = tokenStore): string | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}
