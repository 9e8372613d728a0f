import { EventFormat, EventStatus } from '@ouimake/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A follow-up event: one evening or day, in one or several cities at once, or online. */
@Entity({ name: 'events' })
@Check('chk_events_times', 'ends_at > starts_at')
@Check('chk_events_title_length', 'char_length(title) BETWEEN 3 AND 140')
@Index('idx_events_status_starts', ['status', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: EventFormat, enumName: 'event_format' })
  format: EventFormat;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status: EventStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** IANA zone the event's times are shown in (Europe/Paris). */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  /** Markdown, written when the event is done. */
  @Column({ type: 'text', nullable: true })
  report: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
