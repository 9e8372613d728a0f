import { useEffect, useState } from 'react';
import { type ServerClock, serverClock } from '../../live/serverClock';

/** The API's time, refreshed every `everyMs` while `running` (a countdown: every second). */
export function useServerNow(running: boolean, everyMs = 1000, clock: ServerClock = serverClock): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(clock.now());
    const timer = setInterval(() => setNow(clock.now()), everyMs);
    return () => clearInterval(timer);
  }, [running, everyMs, clock]);
  return running ? now : clock.now();
}
