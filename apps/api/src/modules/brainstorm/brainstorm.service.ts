import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ActivityKind, BrainstormPhase, LIMITS } from '@ouimake/domain';
import { ActivityPublisher } from '../live/activity.publisher';
import { DataSource, EntityManager } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import type { Viewer } from '../../core/graphql/request-context';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { assertOpen } from '../ideas/idea-rules';
import { AuditService } from '../audit/audit.service';
import { BrainstormRoundEntity } from './brainstorm-round.entity';

/**
 * A round ends by itself at endsAt (the rules read the clock), and its watchers are told so by a
 * timer; the timers are set again at start for rounds still running after a restart.
 */
@Injectable()
export class BrainstormService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly db: DataSource,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly activity: ActivityPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const running = await this.db
      .getRepository(BrainstormRoundEntity)
      .createQueryBuilder('s')
      .where('s.stopped_at IS NULL AND s.ends_at > now()')
      .getMany();
    for (const round of running) this.announceEnd(round);
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private changed(challengeId: string, actorId?: string): Promise<void> {
    return this.activity.publish({ kind: ActivityKind.SESSION_CHANGED, challengeId, actorId });
  }

  private announceEnd(round: BrainstormRoundEntity): void {
    clearTimeout(this.timers.get(round.challengeId));
    const delay = Math.max(0, round.endsAt.getTime() - Date.now()) + 50;
    const timer = setTimeout(() => {
      this.timers.delete(round.challengeId);
      void this.changed(round.challengeId);
    }, delay);
    timer.unref();
    this.timers.set(round.challengeId, timer);
  }

  /** Curators start a timed round on an open challenge; a running round is replaced. */
  async start(
    viewer: Viewer | null,
    challengeId: string,
    phase: BrainstormPhase,
    minutes: number,
  ): Promise<BrainstormRoundEntity> {
    requireViewer(viewer);
    const { minutesMin, minutesMax } = LIMITS.brainstorm;
    if (!Number.isInteger(minutes) || minutes < minutesMin || minutes > minutesMax) {
      throw DomainError.badInput('minutes', `A round lasts ${minutesMin} to ${minutesMax} minutes.`);
    }
    const round = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.challenges.lockVisible(tx, challengeId, viewer);
      const me = authorize(viewer, 'challenge.curate', { holderIds });
      assertOpen(challenge);
      await this.stopRunning(tx, challenge.id);
      const now = new Date();
      const { identifiers } = await tx.insert(BrainstormRoundEntity, {
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
      return tx.findOneByOrFail(BrainstormRoundEntity, { id: identifiers[0].id as string });
    });
    this.announceEnd(round);
    await this.changed(round.challengeId, round.startedById);
    return round;
  }

  /** Stops the running round, if any (idempotent). */
  async stop(viewer: Viewer | null, challengeId: string): Promise<ChallengeEntity> {
    requireViewer(viewer);
    const [challenge, stopped] = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.challenges.lockVisible(tx, challengeId, viewer);
      const me = authorize(viewer, 'challenge.curate', { holderIds });
      const stopped = await this.stopRunning(tx, challenge.id);
      if (stopped) await this.audit.record(tx, me, 'brainstorm.stop', 'Challenge', challenge.id);
      return [challenge, stopped] as const;
    });
    if (stopped) {
      clearTimeout(this.timers.get(challenge.id));
      this.timers.delete(challenge.id);
      await this.changed(challenge.id, viewer?.id);
    }
    return challenge;
  }

  private async stopRunning(tx: EntityManager, challengeId: string): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(BrainstormRoundEntity)
      .set({ stoppedAt: () => 'now()' })
      .where('challenge_id = :challengeId AND stopped_at IS NULL AND ends_at > now()', { challengeId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
