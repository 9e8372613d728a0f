import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeStatus } from '@ouimake/domain';
import type { IdeaEntity } from '../ideas/idea.entity';
import { AppConfig } from '../../config/config';
import { can } from '../../core/auth/policy';
import { Ctx } from '../../core/graphql/context.decorator';
import { DomainError } from '../../core/graphql/domain-error';
import type { RequestContext } from '../../core/graphql/request-context';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { toIdea } from '../ideas/idea.mapper';
import { Idea } from '../ideas/idea.model';
import { toProject } from '../projects/project.mapper';
import { Project } from '../projects/project.model';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { contentViewer, Drafts, HiddenContent } from '../visibility';
import {
  AgendaItemInput,
  ChallengeOutcomeInput,
  CreateEventInput,
  EventFilter,
  UpdateEventInput,
  VenueInput,
} from './dto/event.inputs';
import { toAgendaItem, toEvent, toRegistration, toVenue } from './event.mappers';
import {
  AgendaItem,
  Event,
  EventConnection,
  Registration,
  RegistrationConnection,
  Venue,
  VenuePresence,
} from './event.model';
import { EventsService } from './events.service';
import { PresenceByVenue } from './presence-by-venue.service';
import { IdeaTimelineEntry } from '../ideas/idea-timeline';
import { RegistrationsService } from './registrations.service';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly eventsService: EventsService,
    private readonly registrationsService: RegistrationsService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Event, { nullable: true })
  async event(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Event | null> {
    const event = await this.eventsService.findVisible(id, ctx.viewer);
    return event ? toEvent(event) : null;
  }

  @Query(() => EventConnection)
  events(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => EventFilter, nullable: true }) filter?: EventFilter,
  ): Promise<EventConnection> {
    return this.eventsService.page(ctx.viewer, { first, after, filter }, toEvent);
  }

  @Mutation(() => Event, { description: 'Facilitators and admins; the creator becomes an organizer.' })
  async createEvent(@Args('input') input: CreateEventInput, @Ctx() ctx: RequestContext): Promise<Event> {
    return toEvent(await this.eventsService.create(ctx.viewer, input));
  }

  @Mutation(() => Event, { description: 'Organizers.' })
  async updateEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    return toEvent(await this.eventsService.update(ctx.viewer, id, input));
  }

  @Mutation(() => Venue, { description: 'Organizers. Adds a venue while the event is not over.' })
  async addVenue(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: VenueInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return toVenue(await this.eventsService.addVenue(ctx.viewer, eventId, input));
  }

  @Mutation(() => Venue, {
    description:
      'Organizers. A larger capacity promotes the first waitlisted at once; never below those confirmed.',
  })
  async updateVenue(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: VenueInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return toVenue(await this.eventsService.updateVenue(ctx.viewer, id, input));
  }

  @Mutation(() => ID, { description: 'Organizers. A venue nobody is registered at; returns its id.' })
  removeVenue(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.eventsService.removeVenue(ctx.viewer, id);
  }

  @Mutation(() => Event, { description: 'Organizers. Replaces the agenda.' })
  async setEventAgenda(
    @Args('id', { type: () => ID }) id: string,
    @Args('items', { type: () => [AgendaItemInput] }) items: AgendaItemInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    return toEvent(await this.eventsService.setAgenda(ctx.viewer, id, items));
  }

  @Mutation(() => Event, { description: 'Notifies the followers of every challenge on the agenda.' })
  async publishEvent(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Event> {
    return toEvent(await this.eventsService.publish(ctx.viewer, id));
  }

  @Mutation(() => Event)
  async cancelEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    return toEvent(await this.eventsService.cancel(ctx.viewer, id, reason));
  }

  @Mutation(() => Event, {
    description: 'Marks the event DONE with its report, and writes the outcomes back to the challenges.',
  })
  async completeEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('report') report: string,
    @Ctx() ctx: RequestContext,
    @Args('outcomes', { type: () => [ChallengeOutcomeInput], nullable: true })
    outcomes?: ChallengeOutcomeInput[],
  ): Promise<Event> {
    return toEvent(await this.eventsService.complete(ctx.viewer, id, report, outcomes ?? []));
  }

  @ResolveField(() => [User])
  async organizers(event: Event, _args: unknown, ctx: RequestContext): Promise<User[]> {
    return (await ctx.loaders.eventOrganizers.load(event.id)).map((u) => toUser(u, ctx.viewer));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may edit, publish, cancel and complete it.',
  })
  async viewerCanOrganize(event: Event, _args: unknown, ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    const organizers = await ctx.loaders.eventOrganizers.load(event.id);
    return can(ctx.viewer, 'event.organize', { organizerIds: organizers.map((o) => o.id) });
  }

  @ResolveField(() => [Venue])
  async venues(event: Event, _args: unknown, ctx: RequestContext): Promise<Venue[]> {
    return (await ctx.loaders.eventVenues.load(event.id)).map(toVenue);
  }

  @ResolveField(() => [AgendaItem])
  async agenda(event: Event, _args: unknown, ctx: RequestContext): Promise<AgendaItem[]> {
    return (await ctx.loaders.eventAgenda.load(event.id)).map(toAgendaItem);
  }

  @ResolveField(() => Registration, { nullable: true })
  async viewerRegistration(event: Event, _args: unknown, ctx: RequestContext): Promise<Registration | null> {
    const registration = await ctx.loaders.viewerRegistration.load(event.id);
    return registration ? toRegistration(registration) : null;
  }

  @ResolveField(() => RegistrationConnection, {
    description: "Organizers, facilitators and admins; a venue's hosts with that venue's id.",
  })
  async registrations(
    @Parent() event: Event,
    @Ctx() ctx: RequestContext,
    @Args('venueId', { type: () => ID, nullable: true }) venueId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RegistrationConnection> {
    const entity = await ctx.loaders.event.load(event.id);
    if (!entity) throw DomainError.notFound('This event');
    return this.registrationsService.page(ctx.viewer, entity, { venueId, first, after }, toRegistration);
  }

  @ResolveField(() => String, { description: "Absolute URL of this event's iCalendar file." })
  icsUrl(event: Event): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/events/${event.id}.ics`;
  }
}

@Resolver(() => Registration)
export class RegistrationsResolver {
  constructor(private readonly registrations: RegistrationsService) {}

  @Mutation(() => Registration, {
    description:
      'CONFIRMED while the venue has room, else WAITLISTED. Registering again moves the registration.',
  })
  async registerForEvent(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('venueId', { type: () => ID }) venueId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Registration> {
    return toRegistration(await this.registrations.register(ctx.viewer, eventId, venueId));
  }

  @Mutation(() => Registration, {
    description: 'Frees the place; the first waitlisted person of that venue is promoted and notified.',
  })
  async cancelRegistration(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Registration> {
    return toRegistration(await this.registrations.cancel(ctx.viewer, eventId));
  }

  @Mutation(() => Registration, {
    description:
      "The venue's hosts, the organizers, facilitators and admins mark who came (present: false takes it back).",
  })
  async checkIn(
    @Args('registrationId', { type: () => ID }) registrationId: string,
    @Ctx() ctx: RequestContext,
    @Args('present', { type: () => Boolean, nullable: true, defaultValue: true }) present: boolean,
  ): Promise<Registration> {
    return toRegistration(await this.registrations.checkIn(ctx.viewer, registrationId, present));
  }

  @ResolveField(() => Event)
  async event(registration: Registration, _args: unknown, ctx: RequestContext): Promise<Event> {
    const event = await ctx.loaders.event.load(registration.eventId);
    if (!event) throw new Error(`Registration ${registration.id} has no event`);
    return toEvent(event);
  }

  @ResolveField(() => Venue)
  async venue(registration: Registration, _args: unknown, ctx: RequestContext): Promise<Venue> {
    const venue = await ctx.loaders.venue.load(registration.venueId);
    if (!venue) throw new Error(`Registration ${registration.id} has no venue`);
    return toVenue(venue);
  }

  @ResolveField(() => User)
  async user(registration: Registration, _args: unknown, ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(registration.userId);
    if (!user) throw new Error(`Registration ${registration.id} has no person`);
    return toUser(user, ctx.viewer);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "1-based place in the venue's waitlist while WAITLISTED.",
  })
  waitlistPosition(registration: Registration, _args: unknown, ctx: RequestContext): Promise<number | null> {
    return ctx.loaders.waitlistPosition.load(registration.id);
  }
}

@Resolver(() => Venue)
export class VenuesResolver {
  @ResolveField(() => [User], { description: 'Local facilitators who host this venue.' })
  async hosts(venue: Venue, _args: unknown, ctx: RequestContext): Promise<User[]> {
    return (await ctx.loaders.venueHosts.load(venue.id)).map((u) => toUser(u, ctx.viewer));
  }

  @ResolveField(() => Int)
  waitlistCount(venue: Venue, _args: unknown, ctx: RequestContext): Promise<number> {
    return ctx.loaders.venueWaitlistCount.load(venue.id);
  }

  @ResolveField(() => Int, { description: 'Confirmed people a host checked in.' })
  checkedInCount(venue: Venue, _args: unknown, ctx: RequestContext): Promise<number> {
    return ctx.loaders.venueCheckedInCount.load(venue.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  @ResolveField(() => Challenge, { nullable: true, description: 'The challenge worked on, if any.' })
  async challenge(item: AgendaItem, _args: unknown, ctx: RequestContext): Promise<Challenge | null> {
    if (!item.challengeId) return null;
    const challenge = await ctx.loaders.challenge.load(item.challengeId);
    if (!challenge) return null;
    if (challenge.status === ChallengeStatus.DRAFT) {
      const holds = ctx.viewer !== null && (await ctx.loaders.viewerHolds.load(challenge.projectId));
      if (!Drafts.visible(challenge, holds)) return null;
    }
    return toChallenge(challenge);
  }

  @ResolveField(() => [Idea], { description: 'Ideas of that challenge picked to work on.' })
  async ideas(item: AgendaItem, _args: unknown, ctx: RequestContext): Promise<Idea[]> {
    if (!item.challengeId || !item.ideaIds.length) return [];
    const challenge = await ctx.loaders.challenge.load(item.challengeId);
    if (!challenge) return [];
    const who = await contentViewer(ctx, challenge.projectId);
    const ideas = await ctx.loaders.idea.loadMany(item.ideaIds);
    return ideas
      .filter((i): i is IdeaEntity => !!i && !(i instanceof Error))
      .filter((i) => HiddenContent.visible(i, who))
      .map(toIdea);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project presenting itself, if any.' })
  async project(item: AgendaItem, _args: unknown, ctx: RequestContext): Promise<Project | null> {
    if (!item.projectId) return null;
    const project = await ctx.loaders.project.load(item.projectId);
    return project ? toProject(project) : null;
  }
}

@Resolver(() => Challenge)
export class ChallengeEventsResolver {
  constructor(private readonly presence: PresenceByVenue) {}

  @ResolveField(() => [Event], { description: 'Published events whose agenda holds this challenge.' })
  async events(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<Event[]> {
    return (await ctx.loaders.challengeEvents.load(challenge.id)).map(toEvent);
  }

  @ResolveField(() => [VenuePresence], {
    description:
      'While an event with this challenge on its agenda runs: how many of the people watching live are registered at each of its venues.',
  })
  presenceByVenue(challenge: Challenge): Promise<VenuePresence[]> {
    return this.presence.of(challenge.id);
  }
}

@Resolver(() => VenuePresence)
export class VenuePresenceResolver {
  @ResolveField(() => Venue)
  async venue(presence: VenuePresence, _args: unknown, ctx: RequestContext): Promise<Venue> {
    const venue = await ctx.loaders.venue.load(presence.venueId);
    if (!venue) throw new Error(`Venue ${presence.venueId} vanished`);
    return toVenue(venue);
  }
}

@Resolver(() => Idea)
export class IdeaVenueResolver {
  @ResolveField(() => Venue, {
    nullable: true,
    description:
      "The venue its author was registered at, when it was proposed during an event on its challenge's agenda.",
  })
  async authorVenue(idea: Idea, _args: unknown, ctx: RequestContext): Promise<Venue | null> {
    const venueId = await ctx.loaders.ideaAuthorVenue.load(idea.id);
    if (!venueId) return null;
    const venue = await ctx.loaders.venue.load(venueId);
    return venue ? toVenue(venue) : null;
  }
}

@Resolver(() => IdeaTimelineEntry)
export class IdeaTimelineEntryResolver {
  @ResolveField(() => Idea, { nullable: true, description: 'For MERGED: the idea it was merged into.' })
  async mergedInto(entry: IdeaTimelineEntry, _args: unknown, ctx: RequestContext): Promise<Idea | null> {
    if (!entry.mergedIntoId) return null;
    const idea = await ctx.loaders.idea.load(entry.mergedIntoId);
    const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
    if (!idea || !challenge) return null;
    return HiddenContent.visible(idea, await contentViewer(ctx, challenge.projectId)) ? toIdea(idea) : null;
  }

  @ResolveField(() => Event, { nullable: true, description: 'For ON_AGENDA: the event.' })
  async event(entry: IdeaTimelineEntry, _args: unknown, ctx: RequestContext): Promise<Event | null> {
    if (!entry.eventId) return null;
    const event = await ctx.loaders.event.load(entry.eventId);
    return event ? toEvent(event) : null;
  }
}
