import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentTimeZone, setTimeZone, TIME_ZONE_CHANGED } from '../shared/timeZone';
import { tokenStore } from '../shared/tokenStore';

/** A page rendered by the server being taken over: from when queries may reach the network again. */
let takeover: { networkFrom: number } | null = null;

/**
 * Called before taking over a page the server rendered; `networkFrom` is when the Apollo client
 * starts fetching again (its ssrForceFetchDelay: until then queries read the cache alone).
 */
export function beginTakeover(networkFrom: number): void {
  takeover = { networkFrom };
}

/**
 * Placed last in a page's content (inside its Suspense boundary, which React takes over after the
 * rest of the board): once the page is taken over, dates follow the browser's time zone, and a
 * signed-in person's page is fetched again with their session (it was rendered signed out: their
 * votes, follows, registrations), in place, without a loader.
 */
export function TakenOver(): null {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  useEffect(() => {
    if (currentTimeZone() !== undefined) {
      setTimeZone(undefined);
      i18n.emit(TIME_ZONE_CHANGED);
    }
    if (!takeover) return;
    const { networkFrom } = takeover;
    takeover = null;
    if (!tokenStore.get()) return;
    setTimeout(
      () => void client.refetchQueries({ include: 'active' }).catch(() => undefined),
      Math.max(0, networkFrom - Date.now()),
    );
  }, [i18n, client]);
  return null;
}
