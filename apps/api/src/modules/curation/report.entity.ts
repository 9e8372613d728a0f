import { ReportStatus } from '@ouimake/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { UserEntity } from '../users/user.entity';

/** Someone's report of an idea or a comment; a person reports the same content once. */
@Entity({ name: 'reports' })
@Check('chk_reports_one_target', '(idea_id IS NULL) <> (comment_id IS NULL)')
@Check('chk_reports_reason_length', 'char_length(reason) BETWEEN 3 AND 500')
@Index('uq_reports_idea_reporter', ['ideaId', 'reporterId'], { unique: true, where: 'idea_id IS NOT NULL' })
@Index('uq_reports_comment_reporter', ['commentId', 'reporterId'], {
  unique: true,
  where: 'comment_id IS NOT NULL',
})
@Index('idx_reports_status_created', ['status', 'createdAt'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ name: 'idea_id', type: 'uuid', nullable: true })
  ideaId: string | null;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaEntity | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: UserEntity | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
