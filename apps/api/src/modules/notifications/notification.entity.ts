import { NotificationChannel, NotificationKind } from '@ouimake/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * Something a person is told, written in the transaction of the act that caused it (so that none is
 * lost and none is made for an act that rolled back). Unread notifications of one group (the new
 * ideas of one challenge) are one row whose `count` grows.
 */
@Entity({ name: 'notifications' })
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
@Index('idx_notifications_updated', ['updatedAt'])
@Index('uq_notifications_unread_group', ['userId', 'groupKey'], {
  unique: true,
  where: 'read_at IS NULL AND group_key IS NOT NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** How the person chose to hear about it, when it was made. */
  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @Column({ name: 'idea_id', type: 'uuid', nullable: true })
  ideaId: string | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** The idea an idea was merged into (IDEA_MERGED). */
  @Column({ name: 'target_idea_id', type: 'uuid', nullable: true })
  targetIdeaId: string | null;

  /** How many acts this (grouped) notification stands for. */
  @Column({ type: 'int', default: 1 })
  count: number;

  @Column({ name: 'group_key', type: 'varchar', length: 120, nullable: true })
  groupKey: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
