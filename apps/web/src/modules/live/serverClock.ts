/**
 * The API's clock as this device can tell it. A round ends at the API's `endsAt`: a laptop driving a
 * projector whose clock is two minutes off would otherwise show a wrong countdown. Each live event
 * carries the moment the API published it; that moment is at most as late as the API's clock when
 * the event arrives, so the largest recent difference is the best guess (network delay only makes a
 * difference smaller). Differences under three seconds may be nothing but a slow delivery (a
 * crowded room on a busy server), and are ignored: what matters is a device minutes off.
 */
export interface ServerClock {
  /** The API's time now, in milliseconds since the epoch. */
  now(): number;
  /** Learns from an event the API stamped `serverTime` and that arrived at `receivedAt`. */
  observe(serverTime: string, receivedAt?: number): void;
}

/** How many recent differences are kept (a device whose clock is corrected forgets the old ones). */
const SAMPLES = 8;
/** Below this, device and API agree well enough. */
const NOISE_MS = 3_000;

export function createServerClock(deviceNow: () => number = Date.now): ServerClock {
  const samples: number[] = [];
  let offset = 0;
  return {
    now: () => deviceNow() + offset,
    observe(serverTime, receivedAt = deviceNow()) {
      const stamped = Date.parse(serverTime);
      if (Number.isNaN(stamped)) return;
      samples.push(stamped - receivedAt);
      if (samples.length > SAMPLES) samples.shift();
      const best = Math.max(...samples);
      offset = Math.abs(best) < NOISE_MS ? 0 : best;
    },
  };
}

/** The board's clock, shared by every countdown. */
export const serverClock: ServerClock = createServerClock();
