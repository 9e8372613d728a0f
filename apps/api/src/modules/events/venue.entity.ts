import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/**
 * Where an event happens. `confirmed_count` counts its CONFIRMED registrations and never exceeds
 * its capacity: the database refuses it (check constraint), and registering increments it with one
 * conditional statement.
 */
@Entity({ name: 'venues' })
@Check('chk_venues_capacity', 'capacity IS NULL OR (capacity >= 1 AND confirmed_count <= capacity)')
@Check('chk_venues_confirmed', 'confirmed_count >= 0')
@Index('idx_venues_event', ['eventId', 'position'])
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 80 })
  city: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** Null: no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'confirmed_count', type: 'int', default: 0 })
  confirmedCount: number;
}
