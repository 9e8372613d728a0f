import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ProjectEntity } from '../projects/project.entity';
import { EventEntity } from './event.entity';

/** One moment of an event: cooking together, a project presenting itself, work on a challenge. */
@Entity({ name: 'agenda_items' })
@Index('idx_agenda_items_event', ['eventId', 'position'])
@Index('idx_agenda_items_challenge', ['challengeId'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity | null;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity | null;

  /** The ideas of the challenge picked to work on, in order. */
  @Column({ name: 'idea_ids', type: 'uuid', array: true, default: () => "'{}'" })
  ideaIds: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
