import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EventFormat, EventStatus } from '@ouimake/domain';

@InputType()
export class VenueInput {
  @Field()
  name: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Null: no limit.' })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Local facilitators who host this venue.' })
  hostIds?: string[] | null;
}

@InputType()
export class CreateEventInput {
  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => EventFormat)
  format: EventFormat;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'IANA zone, e.g. Europe/Paris.' })
  timezone: string;

  @Field(() => [VenueInput])
  venues: VenueInput[];
}

@InputType()
export class UpdateEventInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => String, {
    nullable: true,
    description: "Defaults to the challenge's or the project's name when one is given; required otherwise.",
  })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => ID, { nullable: true })
  challengeId?: string | null;

  @Field(() => [ID], { nullable: true })
  ideaIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class ChallengeOutcomeInput {
  @Field(() => ID)
  challengeId: string;

  @Field()
  outcome: string;

  @Field(() => [ID], { nullable: true, description: 'These ideas become SELECTED.' })
  selectedIdeaIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also close the challenge.' })
  close?: boolean | null;
}

@InputType()
export class EventFilter {
  @Field(() => Boolean, { nullable: true, description: 'Events that have not ended yet.' })
  upcoming?: boolean | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => [EventStatus], { nullable: true })
  status?: EventStatus[] | null;

  @Field(() => EventFormat, { nullable: true })
  format?: EventFormat | null;
}
