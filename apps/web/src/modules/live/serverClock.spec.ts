import { createServerClock } from './serverClock';

describe('the API clock', () => {
  it('is the device clock until an event says otherwise', () => {
    const clock = createServerClock(() => 1_000_000);
    expect(clock.now()).toBe(1_000_000);
  });

  it('ignores the small differences that network delay makes', () => {
    let device = Date.parse('2026-05-01T10:00:02.300Z');
    const clock = createServerClock(() => device);
    clock.observe('2026-05-01T10:00:00.000Z');
    expect(clock.now()).toBe(device);
    device += 5_000;
    expect(clock.now()).toBe(device);
  });

  it('follows the API when the device clock is off, keeping the least delayed guess', () => {
    // The device is two minutes late.
    let device = Date.parse('2026-05-01T09:58:00.000Z');
    const clock = createServerClock(() => device);
    clock.observe('2026-05-01T10:00:00.000Z');
    expect(new Date(clock.now()).toISOString()).toBe('2026-05-01T10:00:00.000Z');

    // A later event that spent three seconds on its way does not pull the guess back.
    device += 10_000;
    clock.observe('2026-05-01T10:00:07.000Z');
    expect(new Date(clock.now()).toISOString()).toBe('2026-05-01T10:00:10.000Z');
  });

  it('ignores a time it cannot read', () => {
    const clock = createServerClock(() => 42);
    clock.observe('not a date');
    expect(clock.now()).toBe(42);
  });
});
