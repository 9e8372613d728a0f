import {
  checkClosesAt,
  checkDescription,
  checkTitle,
  checkVoteBudget,
  fromLocalInput,
  toLocalInput,
} from './validation';

describe('checking a challenge', () => {
  it('wants a title of 3 to 140 characters, counted as people count them', () => {
    expect(checkTitle('  ')?.key).toBe('challengeForm.errors.titleRequired');
    expect(checkTitle('Ab')?.key).toBe('challengeForm.errors.titleTooShort');
    expect(checkTitle('🙂🙂🙂')).toBeNull();
    expect(checkTitle('x'.repeat(140))).toBeNull();
    expect(checkTitle('x'.repeat(141))?.key).toBe('challengeForm.errors.titleTooLong');
  });

  it('wants a context of at most 20,000 characters', () => {
    expect(checkDescription('\n')?.key).toBe('challengeForm.errors.descriptionRequired');
    expect(checkDescription('x'.repeat(20_000))).toBeNull();
    expect(checkDescription('x'.repeat(20_001))?.key).toBe('challengeForm.errors.descriptionTooLong');
  });

  it('wants a whole vote budget from 1 to 100', () => {
    for (const fine of [1, 3, 100, '42']) expect(checkVoteBudget(fine)).toBeNull();
    for (const wrong of [0, 101, 2.5, '', 'trois', -1]) {
      expect(checkVoteBudget(wrong)?.key).toBe('challengeForm.errors.voteBudgetRule');
    }
  });

  it('wants no deadline, or one still to come', () => {
    const now = new Date('2026-06-01T12:00').getTime();
    expect(checkClosesAt('', now)).toBeNull();
    expect(checkClosesAt('2026-06-01T12:01', now)).toBeNull();
    expect(checkClosesAt('2026-06-01T12:00', now)?.key).toBe('challengeForm.errors.closesAtPast');
    expect(checkClosesAt('demain', now)?.key).toBe('challengeForm.errors.closesAtInvalid');
  });

  it('turns a datetime-local value into a moment and back, in the local time zone', () => {
    const iso = fromLocalInput('2099-06-01T18:30');
    expect(iso).toBe(new Date(2099, 5, 1, 18, 30).toISOString());
    expect(toLocalInput(iso)).toBe('2099-06-01T18:30');
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('2099-13-01')).toBeNull();
  });
});
