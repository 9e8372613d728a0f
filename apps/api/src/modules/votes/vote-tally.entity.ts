import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { UserEntity } from '../users/user.entity';

/**
 * How many votes a person has given on a challenge: the one row a vote budget contends on. The
 * budget check and the increment are one conditional upsert, so no concurrency can overspend it.
 */
@Entity({ name: 'vote_tallies' })
@Check('chk_vote_tallies_used', 'used >= 0')
export class VoteTallyEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'int', default: 0 })
  used: number;
}
