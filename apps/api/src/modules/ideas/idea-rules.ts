import { ChallengeStatus, ErrorCode, LIMITS } from '@ouimake/domain';
import type { EntityManager } from 'typeorm';
import { returning } from '../../core/database/sql';
import { DomainError } from '../../core/graphql/domain-error';
import { requiredText, optionalText } from '../../core/validation/text';
import type { ChallengeEntity } from '../challenges/challenge.entity';

/** The text duplicate hints compare (alias `i`): the expression of idx_ideas_text_trgm. */
export const IDEA_TEXT = `ouimake_unaccent(lower(i.title || ' ' || i.body))`;

export function checkIdeaTitle(title: string): string {
  return requiredText(title, 'title', LIMITS.idea.titleMin, LIMITS.idea.titleMax);
}

export function checkIdeaBody(body: string): string {
  return optionalText(body, 'body', LIMITS.idea.bodyMax) ?? '';
}

export function assertOpen(challenge: ChallengeEntity): void {
  if (challenge.status !== ChallengeStatus.OPEN) {
    throw new DomainError(ErrorCode.CHALLENGE_NOT_OPEN, 'This challenge is not open for contributions.');
  }
}

/**
 * What every contribution does to its challenge, in the contribution's transaction: the person
 * becomes a participant (counted once) and a follower, and the challenge's activity is touched
 * (at most once a minute, so that a busy brainstorm does not queue on the challenge's row).
 */
export async function recordContribution(
  tx: EntityManager,
  challengeId: string,
  userId: string,
): Promise<void> {
  const inserted = await returning(
    tx,
    `INSERT INTO challenge_participants (challenge_id, user_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING user_id`,
    [challengeId, userId],
  );
  if (inserted.length > 0) {
    await tx.query(`UPDATE challenges SET participant_count = participant_count + 1 WHERE id = $1`, [
      challengeId,
    ]);
  }
  await tx.query(
    `INSERT INTO challenge_follows (challenge_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [challengeId, userId],
  );
  await tx.query(
    `UPDATE challenges SET last_activity_at = now()
     WHERE id = $1 AND last_activity_at < now() - interval '1 minute'`,
    [challengeId],
  );
}
