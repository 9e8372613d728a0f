import { renderHook } from '@testing-library/react';
import { rankByVotes, useLiveOrder } from './useLiveOrder';

const idea = (id: string, voteCount: number, createdAt: string) => ({ id, voteCount, createdAt });
const a = idea('a', 0, '2026-01-01T10:00:00Z');
const b = idea('b', 0, '2026-01-01T11:00:00Z');
const c = idea('c', 0, '2026-01-01T12:00:00Z');
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('the live order of the wall', () => {
  it('ranks as the API does: most votes first, then the oldest', () => {
    expect(ids(rankByVotes([c, { ...b, voteCount: 2 }, a]))).toEqual(['b', 'a', 'c']);
    expect(ids(rankByVotes([{ ...c, voteCount: 1 }, { ...a, voteCount: 1 }, b]))).toEqual(['a', 'c', 'b']);
  });

  it('re-sorts as votes change, except the card held, which stays where it was shown', () => {
    const { result, rerender } = renderHook(
      ({ items, held }: { items: Array<ReturnType<typeof idea>>; held: string | null }) =>
        useLiveOrder(items, { ranked: true, held }),
      { initialProps: { items: [a, b, c], held: null as string | null } },
    );
    expect(ids(result.current)).toEqual(['a', 'b', 'c']);

    rerender({ items: [a, b, { ...c, voteCount: 1 }], held: null });
    expect(ids(result.current)).toEqual(['c', 'a', 'b']);

    // b gains two votes while held (third): it stays third until let go.
    rerender({ items: [a, { ...b, voteCount: 2 }, { ...c, voteCount: 1 }], held: 'b' });
    expect(ids(result.current)).toEqual(['c', 'a', 'b']);
    rerender({ items: [a, { ...b, voteCount: 2 }, { ...c, voteCount: 1 }], held: null });
    expect(ids(result.current)).toEqual(['b', 'c', 'a']);
  });

  it('moves nothing while a card is pressed, not even the card that had the focus', () => {
    const { result, rerender } = renderHook(
      (props: { items: Array<ReturnType<typeof idea>>; held: string | null; frozen: boolean }) =>
        useLiveOrder(props.items, { ranked: true, held: props.held, frozen: props.frozen }),
      { initialProps: { items: [a, b, c], held: 'b' as string | null, frozen: false } },
    );
    // b, focused, gains votes: it stays second.
    rerender({ items: [a, { ...b, voteCount: 2 }, c], held: 'b', frozen: false });
    expect(ids(result.current)).toEqual(['a', 'b', 'c']);
    // A finger goes down on c: b is no longer held, but nothing moves until the finger is up.
    rerender({ items: [a, { ...b, voteCount: 2 }, c], held: 'c', frozen: true });
    expect(ids(result.current)).toEqual(['a', 'b', 'c']);
    // A new idea meanwhile comes after those shown.
    const d = idea('d', 5, '2026-01-01T13:00:00Z');
    rerender({ items: [a, { ...b, voteCount: 2 }, c, d], held: 'c', frozen: true });
    expect(ids(result.current)).toEqual(['a', 'b', 'c', 'd']);
    // Up: everything takes its place by votes, but c, which now has the focus, stays third.
    rerender({ items: [a, { ...b, voteCount: 2 }, c, d], held: 'c', frozen: false });
    expect(ids(result.current)).toEqual(['d', 'b', 'c', 'a']);
    rerender({ items: [a, { ...b, voteCount: 2 }, c, d], held: null, frozen: false });
    expect(ids(result.current)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('keeps the list’s own order when not ranked by votes (newest first, blind)', () => {
    const { result } = renderHook(() =>
      useLiveOrder([c, { ...a, voteCount: 3 }, b], { ranked: false, held: null }),
    );
    expect(ids(result.current)).toEqual(['c', 'a', 'b']);
  });
});
