import { useSyncExternalStore } from 'react';

/**
 * The time zone the board writes dates and times in. The browser's own, except while a page the
 * server rendered is taken over: the server cannot know the visitor's zone and writes the board's
 * home zone (BOARD_TIME_ZONE), so the first render in the browser does too; then the board switches
 * to the browser's zone (app/takeover.tsx, once the page is taken over) and every date is written
 * again.
 */
export const BOARD_TIME_ZONE = 'Europe/Paris';

/** The i18next event that re-renders every text after the zone changed. */
export const TIME_ZONE_CHANGED = 'timeZoneChanged';

let renderedIn: string | undefined;
const listeners = new Set<() => void>();

/** The zone dates are written in: undefined for the browser's own. */
export function currentTimeZone(): string | undefined {
  return renderedIn;
}

/** Writes dates in `zone` (undefined: the browser's own) from now on. */
export function setTimeZone(zone: string | undefined): void {
  if (zone === renderedIn) return;
  renderedIn = zone;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The zone to write dates in, for a component formatting them with Intl itself. */
export function useTimeZone(): string | undefined {
  return useSyncExternalStore(subscribe, currentTimeZone, currentTimeZone);
}
