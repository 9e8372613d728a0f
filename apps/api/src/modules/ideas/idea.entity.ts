import { IdeaStatus } from '@ouimake/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'ideas' })
@Check('chk_ideas_title_length', 'char_length(title) BETWEEN 3 AND 140')
@Check('chk_ideas_body_length', 'char_length(body) <= 5000')
@Check('chk_ideas_counts', 'vote_count >= 0 AND comment_count >= 0')
@Index('idx_ideas_challenge_created', ['challengeId', 'createdAt'])
@Index('idx_ideas_challenge_votes', ['challengeId', 'voteCount'])
// Trigram index for duplicate hints, written by hand in AddIdeas (see IDEA_TEXT).
@Index('idx_ideas_text_trgm', { synchronize: false })
export class IdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', default: IdeaStatus.PROPOSED })
  status: IdeaStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => IdeaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: IdeaEntity | null;

  /** Equal to the idea's rows in votes, kept by the vote and unvote statements themselves. */
  @Column({ name: 'vote_count', type: 'int', default: 0 })
  voteCount: number;

  /** Equal to its comments that are not deleted. */
  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
