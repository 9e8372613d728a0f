import { useSyncExternalStore } from 'react';

/**
 * The time zone the board writes dates and times in. The browser's own, except while a page the
 * server rendered is taken over: the server cannot know the visitor's zone and writes the board's
 * home zone (BOARD_TIME_ZONE), so the first render in the browser does too; then the board switches
 * to the browser's zone (app/takeover.tsx, once the page is taken over) and every text is written
 * again (app/App.tsx, `TextsProvider`).
 */
export const BOARD_TIME_ZONE = 'Europe/Paris';

let renderedIn: string | undefined;
const listeners = new Set<() => void>();

/** The zone dates are written in: undefined for the browser's own. */
export function currentTimeZone(): string | undefined {
  return renderedIn;
}

/** The browser's own zone (IANA name), when it tells. */
function browserTimeZone(): string | undefined {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Writes dates in `zone` (undefined: the browser's own) from now on. Nothing is written again when
 * the dates stay the same: the server's zone is most visitors' own.
 */
export function setTimeZone(zone: string | undefined): void {
  if (zone === renderedIn) return;
  const previous = renderedIn;
  renderedIn = zone;
  // No one to tell (the board starting): the browser's zone is not even asked, which takes a
  // phone some 15 ms the first time.
  if (listeners.size === 0) return;
  if ((zone ?? browserTimeZone()) === (previous ?? browserTimeZone())) return;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` each time the zone changes (in the priority of the change: a transition, say). */
export function subscribeTimeZone(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The zone to write dates in, for a component formatting them with Intl itself. */
export function useTimeZone(): string | undefined {
  return useSyncExternalStore(subscribeTimeZone, currentTimeZone, currentTimeZone);
}
