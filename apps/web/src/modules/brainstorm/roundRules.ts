import { BrainstormPhase, LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';

/** The shortest and longest round the API accepts, in minutes. */
export const ROUND_MINUTES_MIN = LIMITS.brainstorm.minutesMin;
export const ROUND_MINUTES_MAX = LIMITS.brainstorm.minutesMax;
/** The durations offered in one click; any other is typed. */
export const ROUND_PRESETS = [5, 10, 15] as const;

export interface RoundTiming {
  phase: BrainstormPhase;
  endsAt: string;
}

/**
 * The phase in force at `now`, or null when no round runs. A round ends by itself at `endsAt`, as
 * the API's rules do, whether or not the news of its end has arrived.
 */
export function activePhase(round: RoundTiming | null | undefined, now: number): BrainstormPhase | null {
  if (!round) return null;
  return Date.parse(round.endsAt) > now ? round.phase : null;
}

/** Milliseconds left in the round at `now` (never below 0). */
export function remainingMs(round: Pick<RoundTiming, 'endsAt'>, now: number): number {
  return Math.max(0, Date.parse(round.endsAt) - now);
}

/**
 * The countdown as shown: `mm:ss`, or `h:mm:ss` past an hour. Seconds are rounded up, so that it
 * reads 00:01 until the very end and 00:00 only when the round is over.
 */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * Minutes left, to the nearest (one at least while the round runs): what the timer's accessible
 * name says, so that it changes once a minute. The last minute is said in words by the timer.
 */
export function minutesLeft(ms: number): number {
  if (ms <= 0) return 0;
  return Math.max(1, Math.round(ms / 60_000));
}

/** The other phase: what "switch" starts. */
export function otherPhase(phase: BrainstormPhase): BrainstormPhase {
  return phase === BrainstormPhase.IDEATION ? BrainstormPhase.VOTING : BrainstormPhase.IDEATION;
}

/** Votes wait during an ideas round; new ideas wait during a voting round (the API's rules). */
export function votesPaused(phase: BrainstormPhase | null): boolean {
  return phase === BrainstormPhase.IDEATION;
}

export function ideasPaused(phase: BrainstormPhase | null): boolean {
  return phase === BrainstormPhase.VOTING;
}

/** What is wrong with a typed duration, or null when the API will take it. */
export function checkRoundMinutes(value: number | string | null | undefined): MessageRef | null {
  const rule = message('brainstorm.errors.minutesRule', { min: ROUND_MINUTES_MIN, max: ROUND_MINUTES_MAX });
  if (value === null || value === undefined || value === '')
    return message('brainstorm.errors.minutesRequired');
  const minutes = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(minutes) || minutes < ROUND_MINUTES_MIN || minutes > ROUND_MINUTES_MAX) return rule;
  return null;
}
