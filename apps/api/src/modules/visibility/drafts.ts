import { ChallengeStatus } from '@ouimake/domain';

/**
 * Draft challenges: seen by their project's holders only (not even by admins, who see them once
 * published). A new kind of not-yet-public challenge changes this file only.
 */
export const Drafts = {
  /** Whether a person who holds (or not) the challenge's project may see it. */
  visible(challenge: { status: ChallengeStatus }, holdsProject: boolean): boolean {
    return challenge.status !== ChallengeStatus.DRAFT || holdsProject;
  },

  /**
   * The same rule as a SQL condition on the challenges of `alias` (columns `status`,
   * `project_id`), for `viewerId` (null: signed out), with its named parameters.
   */
  where(alias: string, viewerId: string | null): [string, Record<string, unknown>] {
    if (!viewerId) return [`${alias}.status <> :draftStatus`, { draftStatus: ChallengeStatus.DRAFT }];
    return [
      `(${alias}.status <> :draftStatus OR EXISTS (SELECT 1 FROM project_holders dh WHERE dh.project_id = ${alias}.project_id AND dh.user_id = :draftViewer))`,
      { draftStatus: ChallengeStatus.DRAFT, draftViewer: viewerId },
    ];
  },
};
