import { RegistrationStatus } from '@ouimake/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { EventEntity } from './event.entity';
import { VenueEntity } from './venue.entity';

/**
 * A person's registration for one venue of an event: one row per person and event, moved when
 * they change venue and kept CANCELLED when they leave. A waitlist is ordered by `queue`, taken from
 * a sequence each time someone joins a line.
 */
@Entity({ name: 'registrations' })
@Index('uq_registrations_event_user', ['eventId', 'userId'], { unique: true })
@Index('idx_registrations_venue_status_queue', ['venueId', 'status', 'queue'])
@Index('idx_registrations_user', ['userId'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => VenueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  /** Order of arrival in a venue's line (and of registration): lower first. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  queue: string;

  /** When the day-before reminder was queued. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
