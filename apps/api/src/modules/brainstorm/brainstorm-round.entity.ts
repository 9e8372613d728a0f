import { BrainstormPhase } from '@ouimake/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A timed round on a challenge. It runs while it is neither stopped nor past its end, so it ends by
 * itself at `ends_at`, also across restarts: nothing has to wake up for the rules to apply.
 */
@Entity({ name: 'brainstorm_sessions' })
@Index('idx_brainstorm_sessions_challenge', ['challengeId', 'endsAt'])
export class BrainstormRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'enum', enum: BrainstormPhase, enumName: 'brainstorm_phase' })
  phase: BrainstormPhase;

  @Column({ name: 'started_by_id', type: 'uuid' })
  startedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'started_by_id' })
  startedBy?: UserEntity;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;
}
