import {
  type FocusEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

export interface Ranked {
  id: string;
  /** Null while blind voting hides it: such ideas are never ranked by votes. */
  voteCount?: number | null;
  createdAt: string;
}

/** The API's "most supported" order: most votes first; ties, the oldest first; then by id. */
export function rankByVotes<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (b.voteCount ?? 0) - (a.voteCount ?? 0) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The order a wall shows its ideas in, kept by votes as they change live (`ranked`), except for
 * the idea the person holds (`held`: pressed or focused), which stays where it was shown until it
 * is let go. While a finger or a mouse button is down on the list (`frozen`), nothing moves at
 * all: a tap on one card must not move another under it (pressing a card releases the card that
 * had the focus, whose new place waits until the tap is over). Unranked, the list's own order.
 */
export function useLiveOrder<T extends Ranked>(
  items: readonly T[],
  { ranked, held, frozen = false }: { ranked: boolean; held: string | null; frozen?: boolean },
): T[] {
  const shown = useRef<readonly string[]>([]);
  const next = ranked ? rankByVotes(items) : [...items];
  if (ranked && frozen) {
    // Where each was shown; newcomers after them, ranked (the sort is stable).
    const place = new Map(shown.current.map((id, index) => [id, index]));
    const last = Number.MAX_SAFE_INTEGER;
    next.sort((x, y) => (place.get(x.id) ?? last) - (place.get(y.id) ?? last));
  } else if (ranked && held) {
    const before = shown.current.indexOf(held);
    const now = next.findIndex((item) => item.id === held);
    if (before >= 0 && now >= 0 && before !== now) {
      const [item] = next.splice(now, 1);
      next.splice(Math.min(before, next.length), 0, item);
    }
  }
  shown.current = next.map((item) => item.id);
  return next;
}

/** How long a card takes to glide to its new place. */
export const REORDER_MS = 320;

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Cards that changed place glide there from where they were (FLIP: measured before and after,
 * then moved back and let go), instead of jumping; with reduced motion, they just are there.
 * Each child of `list` carrying `data-flip-id` is followed; `order` is their ids in order.
 */
export function useFlip(list: RefObject<HTMLElement | null>, order: string): void {
  const places = useRef(new Map<string, { x: number; y: number }>());
  const lastOrder = useRef(order);

  useLayoutEffect(() => {
    const root = list.current;
    if (!root) return;
    const origin = root.getBoundingClientRect();
    const now = new Map<string, { x: number; y: number }>();
    const items = root.querySelectorAll<HTMLElement>('[data-flip-id]');
    items.forEach((item) => {
      const box = item.getBoundingClientRect();
      now.set(item.dataset['flipId'] ?? '', { x: box.left - origin.left, y: box.top - origin.top });
    });
    const moved = lastOrder.current !== order;
    if (moved && !reducedMotion()) {
      items.forEach((item) => {
        const id = item.dataset['flipId'] ?? '';
        const from = places.current.get(id);
        const to = now.get(id);
        if (!from || !to || typeof item.animate !== 'function') return;
        const dx = from.x - to.x;
        const dy = from.y - to.y;
        if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
        item.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], {
          duration: REORDER_MS,
          easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)',
        });
      });
    }
    lastOrder.current = order;
    places.current = now;
  });
}

/** Whether a control of the list's card `id` has something open (a menu: `aria-expanded`). */
function hasOpenControl(list: HTMLElement, id: string): boolean {
  const card = [...list.querySelectorAll<HTMLElement>('[data-flip-id]')].find(
    (item) => item.dataset['flipId'] === id,
  );
  return Boolean(card?.querySelector('[aria-expanded="true"]'));
}

function itemOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('[data-flip-id]')?.dataset['flipId'] ?? null;
}

/**
 * Which card of a list the person holds: the one pressed (finger or mouse button down, until let
 * go anywhere) or the one holding the focus. Spread `handlers` on the list.
 */
export function useHeldItem() {
  const [pressed, setPressed] = useState<string | null>(null);
  const [focused, setFocusedState] = useState<string | null>(null);
  const focusedNow = useRef<string | null>(null);
  const setFocused = (id: string | null) => {
    focusedNow.current = id;
    setFocusedState(id);
  };

  useEffect(() => {
    if (!pressed) return;
    // Let go once the tap is over: the click that follows the release lands where it was aimed.
    const release = () => setTimeout(() => setPressed(null), 0);
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    return () => {
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
    };
  }, [pressed]);

  return {
    held: pressed ?? focused,
    /** A finger or a mouse button is down on the list. */
    frozen: pressed !== null,
    handlers: {
      onPointerDown: (event: PointerEvent<HTMLElement>) => setPressed(itemOf(event.target)),
      onFocus: (event: FocusEvent<HTMLElement>) => {
        // Focus in something a card opened (its menu, in a layer of its own): that card stays held.
        if (!event.currentTarget.contains(event.target as Node)) return;
        setFocused(itemOf(event.target));
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = itemOf(event.relatedTarget);
        const current = focusedNow.current;
        // Leaving the list, the card stays held while one of its controls has something open (a
        // menu): a re-sort would move it from under its menu.
        if (next === null && current !== null && hasOpenControl(event.currentTarget, current)) return;
        setFocused(next);
      },
    },
  };
}
