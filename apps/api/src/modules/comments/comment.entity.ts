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
import { IdeaEntity } from '../ideas/idea.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'comments' })
@Check('chk_comments_body_length', 'char_length(body) <= 2000')
@Index('idx_comments_idea_created', ['ideaId', 'createdAt'])
// A comment sent again (a dropped connection, a retrying device) finds the comment it made.
@Index('uq_comments_author_client_key', ['authorId', 'clientKey'], {
  unique: true,
  where: 'client_key IS NOT NULL',
})
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The key the author's device gave this comment (AddCommentInput.clientKey), if any. */
  @Column({ name: 'client_key', type: 'uuid', nullable: true })
  clientKey: string | null;

  /** One level of replies: a reply's parent is a top-level comment of the same idea. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CommentEntity | null;

  /** Emptied when its author deletes it; the row stays so that the thread keeps its shape. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

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

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
