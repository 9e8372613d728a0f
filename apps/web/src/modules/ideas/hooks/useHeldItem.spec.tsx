import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useHeldItem } from './useLiveOrder';

/** Two cards; card a's menu opens in a layer of its own (a portal), as Mantine's menus do. */
function Wall({ onHeld }: { onHeld: (id: string | null) => void }) {
  const { held, handlers } = useHeldItem();
  const [open, setOpen] = useState(false);
  onHeld(held);
  return (
    <>
      <ol {...handlers}>
        <li data-flip-id="a">
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            Actions sur a
          </button>
          {open &&
            createPortal(
              <div role="menu">
                <button type="button" role="menuitem">
                  Masquer
                </button>
              </div>,
              document.body,
            )}
        </li>
        <li data-flip-id="b">
          <button type="button">Voter pour b</button>
        </li>
      </ol>
      <button type="button">Ailleurs</button>
    </>
  );
}

describe('the card the person holds', () => {
  it('stays held while its menu is open, focus in the menu; let go once the menu is closed', () => {
    let held: string | null = null;
    render(<Wall onHeld={(id) => (held = id)} />);

    act(() => screen.getByRole('button', { name: 'Voter pour b' }).focus());
    expect(held).toBe('b');
    act(() => screen.getByRole('button', { name: 'Actions sur a' }).focus());
    expect(held).toBe('a');

    act(() => screen.getByRole('button', { name: 'Actions sur a' }).click());
    act(() => screen.getByRole('menuitem', { name: 'Masquer' }).focus());
    expect(held).toBe('a');

    // Closed, the menu gives the focus back to its button (Mantine's menus do); then it leaves.
    act(() => screen.getByRole('button', { name: 'Actions sur a' }).click());
    act(() => screen.getByRole('button', { name: 'Actions sur a' }).focus());
    expect(held).toBe('a');
    act(() => screen.getByRole('button', { name: 'Ailleurs' }).focus());
    expect(held).toBeNull();
  });
});
