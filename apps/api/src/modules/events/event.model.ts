import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventFormat, EventStatus, RegistrationStatus } from '@ouimake/domain';
import { Connection } from '../../core/pagination/connection.model';

registerEnumType(EventFormat, {
  name: 'EventFormat',
  valuesMap: { WORKSHOP: { description: 'A hands-on session that works on challenges (a hold-up).' } },
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  valuesMap: { DONE: { description: 'Held; carries a report.' } },
});
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType({ description: 'A place where the event happens; an event may run in several cities at once.' })
export class Venue {
  @Field(() => ID)
  id: string;

  eventId: string;

  @Field()
  name: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => Int, { nullable: true, description: 'Null: no limit.' })
  capacity: number | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => Int, { description: 'Confirmed registrations.' })
  registeredCount: number;

  @Field(() => Int, { nullable: true, description: 'Places left; null when there is no limit.' })
  placesLeft: number | null;
}

@ObjectType({
  description: 'One moment of an event: cooking together, project pitches, work on a challenge.',
})
export class AgendaItem {
  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => Date, {
    nullable: true,
    description: "Local time of the event's zone is shown from this instant.",
  })
  startsAt: Date | null;

  challengeId: string | null;
  projectId: string | null;
  ideaIds: string[];

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType()
export class Event {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => EventFormat)
  format: EventFormat;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'IANA zone, e.g. Europe/Paris.' })
  timezone: string;

  @Field(() => String, { nullable: true, description: 'Markdown, written when the event is done.' })
  report: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class EventConnection extends Connection(Event, 'Event') {}

@ObjectType()
export class Registration {
  @Field(() => ID)
  id: string;

  eventId: string;
  venueId: string;
  userId: string;
  queue: string;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => Date, { nullable: true, description: 'When a host checked the person in at the venue.' })
  checkedInAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class RegistrationConnection extends Connection(Registration, 'Registration') {}

@ObjectType({ description: 'How many people watching a live brainstorm are registered at each venue.' })
export class VenuePresence {
  venueId: string;

  @Field(() => Int)
  count: number;
}
