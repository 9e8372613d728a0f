import { ChallengeStatus } from '@ouimake/domain';
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
import { ProjectEntity } from '../projects/project.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'challenges' })
@Check('chk_challenges_title_length', 'char_length(title) BETWEEN 3 AND 140')
@Check('chk_challenges_description_length', 'char_length(description) <= 20000')
@Check('chk_challenges_vote_budget', 'vote_budget IS NULL OR vote_budget BETWEEN 1 AND 100')
@Check('chk_challenges_counts', 'idea_count >= 0 AND participant_count >= 0')
@Index('idx_challenges_project', ['projectId'])
@Index('idx_challenges_status_published', ['status', 'publishedAt'])
// Full-text search: a GIN expression index written by hand in AddChallengeSearch (see SEARCH_VECTOR).
@Index('idx_challenges_search', { synchronize: false })
// TRENDING, in its order (trend_score DESC, id DESC): written by hand in KeepBoardScores.
@Index('idx_challenges_trending', { synchronize: false })
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /**
   * Six characters people type in a room to join (`/j/CODE`), from JOIN_CODE_ALPHABET; drawn by
   * the database's `ouimake_join_code()` (strong randomness) unless the service gives one.
   */
  @Index('uq_challenges_join_code', { unique: true })
  @Column({ name: 'join_code', type: 'varchar', length: 6, default: () => 'ouimake_join_code()' })
  joinCode: string;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  city: string | null;

  @Column({
    type: 'enum',
    enum: ChallengeStatus,
    enumName: 'challenge_status',
    default: ChallengeStatus.DRAFT,
  })
  status: ChallengeStatus;

  @Column({ name: 'vote_budget', type: 'int', nullable: true })
  voteBudget: number | null;

  @Column({ name: 'blind_voting', type: 'boolean', default: false })
  blindVoting: boolean;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** Kept equal to the challenge's visible ideas by the code that adds and removes them. */
  @Column({ name: 'idea_count', type: 'int', default: 0 })
  ideaCount: number;

  /** Distinct people who proposed, voted or commented. */
  @Column({ name: 'participant_count', type: 'int', default: 0 })
  participantCount: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Last idea, vote or comment: drives the TRENDING order. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /**
   * The TRENDING score, kept by a trigger (KeepBoardScores) from the counts and the last activity:
   * log(1 + 3 ideas + participants) + epoch / 45000, a "hot" score that does not depend on the
   * current time. Never written by the application.
   */
  @Column({
    name: 'trend_score',
    type: 'double precision',
    default: 0,
    insert: false,
    update: false,
    select: false,
  })
  trendScore: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
