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
// A proposal sent again (a dropped connection, a retrying device) finds the idea it made.
@Index('uq_ideas_author_client_key', ['authorId', 'clientKey'], {
  unique: true,
  where: 'client_key IS NOT NULL',
})
// Trigram index for duplicate hints, written by hand in AddIdeas (see IDEA_TEXT).
@Index('idx_ideas_text_trgm', { synchronize: false })
// A challenge's hidden ideas, for the wall's count (KeepBoardScores): (challenge_id, author_id) WHERE hidden.
@Index('idx_ideas_hidden', { synchronize: false })
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

  /** The key the author's device gave this proposal (ProposeIdeaInput.clientKey), if any. */
  @Column({ name: 'client_key', type: 'uuid', nullable: true })
  clientKey: string | null;

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

  /** Why curators hid it (shown to its author and to curators). */
  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** The curator who hid it; null while it is hidden by reports pending review. */
  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  /** Hidden because three people reported it, until a facilitator reviews it. */
  @Column({ name: 'hidden_by_reports', type: 'boolean', default: false })
  hiddenByReports: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
