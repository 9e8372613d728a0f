import { useApolloClient } from '@apollo/client/react';
import { startTransition, useEffect } from 'react';
import { setTimeZone } from '../shared/timeZone';
import { refetchLive } from '../shared/liveRefetch';
import { tokenStore } from '../shared/tokenStore';

/** Whether a page rendered by the server is being taken over (the Apollo client reads its data only). */
let takingOver = false;

/** Called before taking over a page the server rendered, its data in the cache. */
export function beginTakeover(): void {
  takingOver = true;
}

/**
 * Placed last in a page's content (inside its Suspense boundary, which React takes over after the
 * rest of the board): once the page is taken over, dates follow the browser's time zone, and a
 * signed-in person's page is fetched again with their session (it was rendered signed out: their
 * votes, follows, registrations), in place, without a loader.
 */
export function TakenOver(): null {
  const client = useApolloClient();
  useEffect(() => {
    // The board runs: what is on screen answers (browser tests wait for it after a page is opened).
    document.documentElement.dataset['board'] = 'ready';
    // Dates in the browser's zone; when that changes them, every text is written again (App.tsx,
    // TextsProvider), in a transition: a few milliseconds at a time. In a task of its own: asking
    // the browser its zone the first time takes a phone some 15 ms.
    const zone = setTimeout(() => startTransition(() => setTimeZone(undefined)), 0);
    if (takingOver) {
      takingOver = false;
      // Queries reach the network again; a signed-in person's page is fetched again with their
      // session.
      client.prioritizeCacheValues = false;
      if (tokenStore.get()) void refetchLive(client, 'active');
    }
    return () => clearTimeout(zone);
  }, [client]);
  return null;
}
