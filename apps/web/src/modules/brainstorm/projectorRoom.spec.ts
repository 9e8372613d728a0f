import { fitIdeas } from './components/ProjectorView';
import { isShortcutEvent, roundActionOf } from './hooks/useRoundShortcuts';
import { cleanJoinCode, isJoinCode, joinAddress } from './joinCode';

describe('the projector in the room', () => {
  it('fits more notes on a bigger screen, and flows them on a narrow one', () => {
    const big = fitIdeas(1480, 640, 1920, 1080) ?? { columns: 0, rows: 0, gap: 0 };
    const small = fitIdeas(950, 400, 1280, 720) ?? { columns: 0, rows: 0, gap: 0 };
    expect(big.columns * big.rows).toBeGreaterThanOrEqual(small.columns * small.rows);
    expect(small.columns).toBeGreaterThanOrEqual(3);
    expect(small.rows).toBeGreaterThanOrEqual(3);
    // Every note at least 18% of the screen wide and 17% of it high.
    expect(big.columns * 0.18 * 1920 + (big.columns - 1) * big.gap).toBeLessThanOrEqual(1480);
    expect(big.rows * 0.17 * 1080 + (big.rows - 1) * big.gap).toBeLessThanOrEqual(640);
    expect(fitIdeas(0, 0, 1920, 1080)).toBeNull();
    expect(fitIdeas(360, 900, 390, 844)).toBeNull();
  });

  it('reads round keys in either case, and never from a field or with a modifier', () => {
    expect(['i', 'I', 'v', 's', 'x', 'e', '+', 'q'].map(roundActionOf)).toEqual([
      'ideation',
      'ideation',
      'voting',
      'switch',
      'stop',
      'extend',
      'extend',
      null,
    ]);
    const field = document.createElement('input');
    document.body.append(field);
    const typed = new KeyboardEvent('keydown', { key: 'i', bubbles: true });
    Object.defineProperty(typed, 'target', { value: field });
    expect(isShortcutEvent(typed)).toBe(false);
    expect(isShortcutEvent(new KeyboardEvent('keydown', { key: 'i', ctrlKey: true }))).toBe(false);
    const plain = new KeyboardEvent('keydown', { key: 'i' });
    Object.defineProperty(plain, 'target', { value: document.body });
    expect(isShortcutEvent(plain)).toBe(true);
  });

  it('takes codes as people type them', () => {
    expect(cleanJoinCode(' 7kq-4xm ')).toBe('7KQ4XM');
    expect(isJoinCode('7KQ4XM')).toBe(true);
    expect(isJoinCode('7KQ4X0')).toBe(false);
    expect(isJoinCode('7KQ4X')).toBe(false);
    expect(joinAddress('ouimake.local', '7KQ4XM')).toBe('ouimake.local/j/7KQ4XM');
  });
});
