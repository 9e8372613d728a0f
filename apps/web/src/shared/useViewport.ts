import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/**
 * What the server guessed of the screen when it rendered the page (from the browser's mobile hint):
 * a phone, or wider. A page the server rendered is taken over with its guess, so that the first
 * render in the browser is the server's; then the real screen decides.
 */
export type ViewportHint = 'phone' | 'wide';

export const ViewportHintContext = createContext<ViewportHint>('wide');

/**
 * Whether a `(max-width: …)` media query matches, re-rendering when it changes. On the server, and
 * while a rendered page is taken over, it answers from the hint: a phone matches every max-width
 * the board asks about (30em and 40em), a wider screen none.
 */
export function useMaxWidth(query: string): boolean {
  const hint = useContext(ViewportHintContext);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => hint === 'phone',
  );
}
