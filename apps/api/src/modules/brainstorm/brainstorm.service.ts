import { Injectable } from '@nestjs/common';
import { BrainstormPhase, LIMITS } from '@ouimake/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import type { Viewer } from '../../core/graphql/request-context';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { assertOpen } from '../ideas/idea-rules';
import { AuditService } from '../audit/audit.service';
import { BrainstormSessionEntity } from './brainstorm-session.entity';

@Injectable()
export class BrainstormService {
  constructor(
    private readonly db: DataSource,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
  ) {}

  /** Curators start a timed round on an open challenge; a running round is replaced. */
  async start(
    viewer: Viewer | null,
    challengeId: string,
    phase: BrainstormPhase,
    minutes: number,
  ): Promise<BrainstormSessionEntity> {
    requireViewer(viewer);
    const { minutesMin, minutesMax } = LIMITS.brainstorm;
    if (!Number.isInteger(minutes) || minutes < minutesMin || minutes > minutesMax) {
      throw DomainError.badInput('minutes', `A round lasts ${minutesMin} to ${minutesMax} minutes.`);
    }
    return this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.challenges.lockVisible(tx, challengeId, viewer);
      const me = authorize(viewer, 'challenge.curate', { holderIds });
      assertOpen(challenge);
      await this.stopRunning(tx, challenge.id);
      const now = new Date();
      const { identifiers } = await tx.insert(BrainstormSessionEntity, {
        challengeId: challenge.id,
        phase,
        startedById: me.id,
        startedAt: now,
        endsAt: new Date(now.getTime() + minutes * 60_000),
        stoppedAt: null,
      });
      await this.audit.record(
        tx,
        me,
        'brainstorm.start',
        'Challenge',
        challenge.id,
        `${phase}, ${minutes} min`,
      );
      return tx.findOneByOrFail(BrainstormSessionEntity, { id: identifiers[0].id as string });
    });
  }

  /** Stops the running round, if any (idempotent). */
  async stop(viewer: Viewer | null, challengeId: string): Promise<ChallengeEntity> {
    requireViewer(viewer);
    return this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.challenges.lockVisible(tx, challengeId, viewer);
      const me = authorize(viewer, 'challenge.curate', { holderIds });
      if (await this.stopRunning(tx, challenge.id)) {
        await this.audit.record(tx, me, 'brainstorm.stop', 'Challenge', challenge.id);
      }
      return challenge;
    });
  }

  private async stopRunning(tx: EntityManager, challengeId: string): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(BrainstormSessionEntity)
      .set({ stoppedAt: () => 'now()' })
      .where('challenge_id = :challengeId AND stopped_at IS NULL AND ends_at > now()', { challengeId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
