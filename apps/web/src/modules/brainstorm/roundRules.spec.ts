import { BrainstormPhase } from '@ouimake/domain';
import {
  activePhase,
  checkRoundMinutes,
  formatCountdown,
  ideasPaused,
  minutesLeft,
  otherPhase,
  remainingMs,
  votesPaused,
} from './roundRules';

const at = (iso: string) => Date.parse(iso);
const round = { phase: BrainstormPhase.IDEATION, endsAt: '2026-05-01T10:10:00.000Z' };

describe('a live round', () => {
  it('is in force until its end, and over from then on, news or not', () => {
    expect(activePhase(round, at('2026-05-01T10:09:59.999Z'))).toBe(BrainstormPhase.IDEATION);
    expect(activePhase(round, at('2026-05-01T10:10:00.000Z'))).toBeNull();
    expect(activePhase(null, at('2026-05-01T10:00:00.000Z'))).toBeNull();
  });

  it('counts down in minutes and seconds, rounding seconds up, and hours past an hour', () => {
    expect(formatCountdown(5 * 60_000)).toBe('05:00');
    expect(formatCountdown(4 * 60_000 + 59_001)).toBe('05:00');
    expect(formatCountdown(61_500)).toBe('01:02');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-3000)).toBe('00:00');
    expect(formatCountdown(2 * 3600_000 + 5 * 60_000)).toBe('2:05:00');
    expect(remainingMs(round, at('2026-05-01T10:09:30.000Z'))).toBe(30_000);
    expect(remainingMs(round, at('2026-05-01T10:11:00.000Z'))).toBe(0);
  });

  it('names the time left in whole minutes, so that its name changes once a minute', () => {
    expect(minutesLeft(10 * 60_000 + 800)).toBe(10);
    expect(minutesLeft(4 * 60_000 + 35_000)).toBe(5);
    expect(minutesLeft(4 * 60_000 + 20_000)).toBe(4);
    expect(minutesLeft(20_000)).toBe(1);
    expect(minutesLeft(0)).toBe(0);
  });

  it('holds votes during an ideas round and new ideas during a voting round', () => {
    expect(votesPaused(BrainstormPhase.IDEATION)).toBe(true);
    expect(ideasPaused(BrainstormPhase.IDEATION)).toBe(false);
    expect(votesPaused(BrainstormPhase.VOTING)).toBe(false);
    expect(ideasPaused(BrainstormPhase.VOTING)).toBe(true);
    expect(votesPaused(null) || ideasPaused(null)).toBe(false);
    expect(otherPhase(BrainstormPhase.IDEATION)).toBe(BrainstormPhase.VOTING);
    expect(otherPhase(BrainstormPhase.VOTING)).toBe(BrainstormPhase.IDEATION);
  });

  it('lasts a whole number of minutes from 1 to 240, as the API accepts', () => {
    expect(checkRoundMinutes(1)).toBeNull();
    expect(checkRoundMinutes('240')).toBeNull();
    expect(checkRoundMinutes('')?.key).toBe('brainstorm.errors.minutesRequired');
    expect(checkRoundMinutes(0)?.key).toBe('brainstorm.errors.minutesRule');
    expect(checkRoundMinutes(241)?.key).toBe('brainstorm.errors.minutesRule');
    expect(checkRoundMinutes(2.5)?.key).toBe('brainstorm.errors.minutesRule');
    expect(checkRoundMinutes('abc')?.key).toBe('brainstorm.errors.minutesRule');
  });
});
