import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { VenueEntity } from './venue.entity';

/** A local facilitator hosting a venue: they see and check in its registrants. */
@Entity({ name: 'venue_hosts' })
export class VenueHostEntity {
  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => VenueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
