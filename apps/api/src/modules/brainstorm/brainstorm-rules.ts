import { BrainstormPhase, ErrorCode } from '@ouimake/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../core/graphql/domain-error';
import { BrainstormRoundEntity } from './brainstorm-round.entity';

/** The timed round running on a challenge now, if any (read in the caller's transaction). */
export function runningRound(
  manager: EntityManager,
  challengeId: string,
): Promise<BrainstormRoundEntity | null> {
  return manager
    .getRepository(BrainstormRoundEntity)
    .createQueryBuilder('s')
    .where('s.challenge_id = :challengeId AND s.stopped_at IS NULL AND s.ends_at > now()', { challengeId })
    .orderBy('s.started_at', 'DESC')
    .getOne();
}

/** During a VOTING round no new ideas are taken. */
export async function assertIdeasOpen(manager: EntityManager, challengeId: string): Promise<void> {
  const round = await runningRound(manager, challengeId);
  if (round?.phase === BrainstormPhase.VOTING) {
    throw new DomainError(
      ErrorCode.IDEAS_NOT_OPEN,
      'This is the voting round: new ideas wait for the next ideation round.',
    );
  }
}

/** During an IDEATION round votes are not taken. */
export async function assertVotingOpen(manager: EntityManager, challengeId: string): Promise<void> {
  const round = await runningRound(manager, challengeId);
  if (round?.phase === BrainstormPhase.IDEATION) {
    throw new DomainError(
      ErrorCode.VOTING_NOT_OPEN,
      'This is the ideation round: voting opens with the voting round.',
    );
  }
}
