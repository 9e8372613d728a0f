import { ChallengeStatus } from './enums';

/** Only an open challenge takes ideas, votes and comments. */
export function acceptsContributions(status: ChallengeStatus): boolean {
  return status === ChallengeStatus.OPEN;
}

/** Drafts are seen by the project's holders only; open and closed challenges by everyone. */
export function isPubliclyVisible(status: ChallengeStatus): boolean {
  return status !== ChallengeStatus.DRAFT;
}

/** Whether vote counts are hidden from a viewer who cannot curate (blind voting while open). */
export function hidesVoteCounts(
  challenge: { status: ChallengeStatus; blindVoting: boolean },
  viewerCanCurate: boolean,
): boolean {
  return challenge.blindVoting && challenge.status === ChallengeStatus.OPEN && !viewerCanCurate;
}
