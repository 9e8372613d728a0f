import type { BrainstormPhase } from '@ouimake/domain';
import { useEffect, useState } from 'react';
import { serverClock } from '../../live/serverClock';
import { activePhase, type RoundTiming } from '../roundRules';

/**
 * The phase in force (null when no round runs), which changes by itself when the round's time is
 * up: forms and vote buttons follow the API's rules without waiting for the news of the end.
 */
export function useActivePhase(round: RoundTiming | null | undefined): BrainstormPhase | null {
  const [, setTick] = useState(0);
  const phase = activePhase(round, serverClock.now());
  const endsAt = round?.endsAt;
  useEffect(() => {
    if (!endsAt || phase === null) return undefined;
    // setTimeout takes at most 2^31-1 ms; a round lasts four hours at most.
    const wait = Math.min(Date.parse(endsAt) - serverClock.now() + 50, 2_147_483_647);
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [endsAt, phase]);
  return phase;
}
