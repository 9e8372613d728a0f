import type { EntityManager } from 'typeorm';
import { returning } from '../../core/database/sql';

/**
 * Takes a person's vote off an idea, in the caller's transaction (which holds the challenge's
 * lock): the vote row, the person's tally and the idea's counter move together. False when there
 * was no vote to take back.
 */
export async function takeBackVote(
  tx: EntityManager,
  challengeId: string,
  ideaId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await returning(
    tx,
    `DELETE FROM votes WHERE idea_id = $1 AND user_id = $2 RETURNING idea_id`,
    [ideaId, userId],
  );
  if (deleted.length === 0) return false;
  await tx.query(`UPDATE vote_tallies SET used = used - 1 WHERE challenge_id = $1 AND user_id = $2`, [
    challengeId,
    userId,
  ]);
  await tx.query(`UPDATE ideas SET vote_count = vote_count - 1 WHERE id = $1`, [ideaId]);
  return true;
}
