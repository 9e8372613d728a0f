import { ChallengeStatus } from './enums';
import { acceptsContributions, hidesVoteCounts, isPubliclyVisible } from './challenge-rules';

describe('challenge rules', () => {
  it('takes contributions on open challenges only', () => {
    expect(acceptsContributions(ChallengeStatus.OPEN)).toBe(true);
    expect(acceptsContributions(ChallengeStatus.DRAFT)).toBe(false);
    expect(acceptsContributions(ChallengeStatus.CLOSED)).toBe(false);
  });

  it('keeps drafts out of public view', () => {
    expect(isPubliclyVisible(ChallengeStatus.DRAFT)).toBe(false);
    expect(isPubliclyVisible(ChallengeStatus.OPEN)).toBe(true);
    expect(isPubliclyVisible(ChallengeStatus.CLOSED)).toBe(true);
  });

  it('hides vote counts from participants of an open blind challenge only', () => {
    const blindOpen = { status: ChallengeStatus.OPEN, blindVoting: true };
    expect(hidesVoteCounts(blindOpen, false)).toBe(true);
    expect(hidesVoteCounts(blindOpen, true)).toBe(false);
    expect(hidesVoteCounts({ status: ChallengeStatus.CLOSED, blindVoting: true }, false)).toBe(false);
    expect(hidesVoteCounts({ status: ChallengeStatus.OPEN, blindVoting: false }, false)).toBe(false);
  });
});
