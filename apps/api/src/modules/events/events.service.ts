import { Injectable } from '@nestjs/common';
import {
  ActivityKind,
  ChallengeStatus,
  ErrorCode,
  EventStatus,
  IdeaStatus,
  LIMITS,
  Role,
} from '@ouimake/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { DomainEvents } from '../../core/events/domain-events';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { optionalText, requiredText } from '../../core/validation/text';
import { AuditService } from '../audit/audit.service';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { IdeaEntity } from '../ideas/idea.entity';
import { ActivityPublisher } from '../live/activity.publisher';
import { ProjectEntity } from '../projects/project.entity';
import { UserEntity } from '../users/user.entity';
import { Drafts, EventDrafts } from '../visibility';
import { AgendaItemEntity } from './agenda-item.entity';
import type {
  AgendaItemInput,
  ChallengeOutcomeInput,
  CreateEventInput,
  EventFilter,
  UpdateEventInput,
  VenueInput,
} from './dto/event.inputs';
import { EventOrganizerEntity } from './event-organizer.entity';
import { checkTimes, checkTimezone, checkVenue, type CheckedVenue } from './event-rules';
import { EventEntity } from './event.entity';
import type { EventCancelled, EventChanged, EventCompleted, EventPublished } from './events.events';
import { RegistrationsService } from './registrations.service';
import { VenueHostEntity } from './venue-host.entity';
import { VenueEntity } from './venue.entity';

const L = LIMITS.event;

/**
 * Follow-up events: facilitators and admins create them; their organizers edit them, set the
 * agenda, publish, cancel and complete them (writing the outcomes back to the challenges). Drafts
 * are seen by their organizers only. Every act is audited and raises its domain event in the same
 * transaction.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly challenges: ChallengesService,
    private readonly registrations: RegistrationsService,
    private readonly activity: ActivityPublisher,
  ) {}

  /** An event the viewer may see, or null. */
  async findVisible(id: string, viewer: Viewer | null): Promise<EventEntity | null> {
    if (!isUuid(id)) return null;
    const qb = this.db.getRepository(EventEntity).createQueryBuilder('e').where('e.id = :id', { id });
    qb.andWhere(...EventDrafts.where('e', viewer && { id: viewer.id, isAdmin: viewer.role === Role.ADMIN }));
    return qb.getOne();
  }

  /**
   * Events the viewer may see. Upcoming ones (not ended) soonest first; otherwise the most recent
   * first. Filters: city (of any venue, accents and case ignored), status, format.
   */
  page<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; filter?: EventFilter | null },
    toNode: (e: EventEntity) => N,
  ): Promise<Page<N>> {
    const filter = args.filter ?? {};
    const qb = this.db.getRepository(EventEntity).createQueryBuilder('e');
    qb.where(...EventDrafts.where('e', viewer && { id: viewer.id, isAdmin: viewer.role === Role.ADMIN }));
    if (filter.upcoming) qb.andWhere('e.ends_at > now()');
    if (filter.upcoming === false) qb.andWhere('e.ends_at <= now()');
    if (filter.status?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: filter.status });
    if (filter.format) qb.andWhere('e.format = :format', { format: filter.format });
    const city = filter.city?.trim();
    if (city) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM venues v WHERE v.event_id = e.id AND ouimake_unaccent(lower(v.city)) = ouimake_unaccent(lower(:city)))`,
        { city },
      );
    }
    const soonest = filter.upcoming === true;
    return keysetPage(
      qb,
      this.cursors,
      {
        order: soonest ? 'EVENTS_SOONEST' : 'EVENTS_LATEST',
        keys: [
          { sql: 'e.starts_at', direction: soonest ? 'ASC' : 'DESC', type: 'timestamptz', alias: 'k_starts' },
          { sql: 'e.id', direction: soonest ? 'ASC' : 'DESC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }

  async create(viewer: Viewer | null, input: CreateEventInput): Promise<EventEntity> {
    const me = authorize(viewer, 'event.create');
    const title = requiredText(input.title, 'title', L.titleMin, L.titleMax);
    const description = optionalText(input.description, 'description', L.descriptionMax) ?? '';
    const timezone = checkTimezone(input.timezone);
    checkTimes(input.startsAt, input.endsAt);
    if (!input.venues.length) throw DomainError.badInput('venues', 'Give at least one venue.');
    if (input.venues.length > L.venuesMax)
      throw DomainError.badInput('venues', `At most ${L.venuesMax} venues.`);
    const venues = input.venues.map((v) => checkVenue(v));
    return this.db.transaction(async (tx) => {
      const { identifiers } = await tx.insert(EventEntity, {
        title,
        description,
        format: input.format,
        status: EventStatus.DRAFT,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timezone,
        createdById: me.id,
      });
      const id = identifiers[0].id as string;
      await tx.insert(EventOrganizerEntity, { eventId: id, userId: me.id });
      for (const [position, venue] of venues.entries()) await this.insertVenue(tx, id, position, venue);
      await this.audit.record(tx, me, 'event.create', 'Event', id, title);
      return tx.findOneByOrFail(EventEntity, { id });
    });
  }

  async update(viewer: Viewer | null, id: string, input: UpdateEventInput): Promise<EventEntity> {
    const me = requireViewer(viewer);
    const { event, changedTimes } = await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, id, me);
      this.assertEditable(event);
      const changes: Partial<EventEntity> = {};
      if (input.title !== undefined && input.title !== null)
        changes.title = requiredText(input.title, 'title', L.titleMin, L.titleMax);
      if (input.description !== undefined && input.description !== null)
        changes.description = optionalText(input.description, 'description', L.descriptionMax) ?? '';
      if (input.timezone !== undefined && input.timezone !== null)
        changes.timezone = checkTimezone(input.timezone);
      if (input.startsAt) changes.startsAt = input.startsAt;
      if (input.endsAt) changes.endsAt = input.endsAt;
      checkTimes(changes.startsAt ?? event.startsAt, changes.endsAt ?? event.endsAt);
      const changedTimes =
        (changes.startsAt !== undefined && changes.startsAt.getTime() !== event.startsAt.getTime()) ||
        (changes.endsAt !== undefined && changes.endsAt.getTime() !== event.endsAt.getTime()) ||
        (changes.timezone !== undefined && changes.timezone !== event.timezone);
      if (Object.keys(changes).length) await tx.update(EventEntity, { id: event.id }, changes);
      await this.audit.record(tx, me, 'event.update', 'Event', event.id);
      if (changedTimes && event.status === EventStatus.PUBLISHED) {
        const changed: EventChanged = { type: 'event.changed', eventId: event.id, actorId: me.id };
        await this.events.emit(tx, changed);
      }
      return { event: await tx.findOneByOrFail(EventEntity, { id: event.id }), changedTimes };
    });
    if (changedTimes) await this.announceToAgenda(event, me.id);
    return event;
  }

  /** Adds a venue (organizers), while the event is not over. */
  async addVenue(viewer: Viewer | null, eventId: string, input: VenueInput): Promise<VenueEntity> {
    const me = requireViewer(viewer);
    const venue = checkVenue(input, 'input');
    return this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, eventId, me);
      this.assertEditable(event);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM venues WHERE event_id = $1`, [event.id]);
      if (n >= L.venuesMax) throw DomainError.badInput('eventId', `At most ${L.venuesMax} venues.`);
      const id = await this.insertVenue(tx, event.id, n, venue);
      await this.audit.record(tx, me, 'event.addVenue', 'Event', event.id, venue.city);
      return tx.findOneByOrFail(VenueEntity, { id });
    });
  }

  /**
   * Edits a venue (organizers). Its capacity may grow (the first waitlisted are promoted at once)
   * or shrink, never below the people already confirmed there.
   */
  async updateVenue(viewer: Viewer | null, venueId: string, input: VenueInput): Promise<VenueEntity> {
    const me = requireViewer(viewer);
    const checked = checkVenue(input, 'input');
    const venue = isUuid(venueId)
      ? await this.db.getRepository(VenueEntity).findOneBy({ id: venueId })
      : null;
    if (!venue) throw DomainError.notFound('This venue');
    return this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, venue.eventId, me);
      this.assertEditable(event);
      const locked = await tx
        .getRepository(VenueEntity)
        .createQueryBuilder('v')
        .where('v.id = :id', { id: venue.id })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (checked.capacity !== null && checked.capacity < locked.confirmedCount) {
        throw DomainError.badInput(
          'input.capacity',
          `${locked.confirmedCount} people are confirmed here: the capacity cannot go below that.`,
        );
      }
      await tx.update(
        VenueEntity,
        { id: venue.id },
        {
          name: checked.name,
          city: checked.city,
          address: checked.address,
          capacity: checked.capacity,
          onlineUrl: checked.onlineUrl,
        },
      );
      await this.setHosts(tx, venue.id, checked.hostIds);
      await this.registrations.fill(tx, event, venue.id);
      await this.audit.record(tx, me, 'event.updateVenue', 'Event', event.id, checked.city);
      return tx.findOneByOrFail(VenueEntity, { id: venue.id });
    });
  }

  /** Removes a venue nobody is registered at (organizers); an event keeps at least one. */
  async removeVenue(viewer: Viewer | null, venueId: string): Promise<string> {
    const me = requireViewer(viewer);
    const venue = isUuid(venueId)
      ? await this.db.getRepository(VenueEntity).findOneBy({ id: venueId })
      : null;
    if (!venue) throw DomainError.notFound('This venue');
    await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, venue.eventId, me);
      this.assertEditable(event);
      const [{ n, registered }] = await tx.query(
        `SELECT (SELECT count(*)::int FROM venues WHERE event_id = $1) AS n,
                (SELECT count(*)::int FROM registrations WHERE venue_id = $2 AND status <> 'CANCELLED') AS registered`,
        [event.id, venue.id],
      );
      if (n <= 1) throw new DomainError(ErrorCode.CONFLICT, 'An event keeps at least one venue.');
      if (registered > 0) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'People are registered at this venue: it cannot be removed.',
        );
      }
      await tx.query(`DELETE FROM registrations WHERE venue_id = $1`, [venue.id]);
      await tx.delete(VenueEntity, { id: venue.id });
      await this.audit.record(tx, me, 'event.removeVenue', 'Event', event.id, venue.city);
    });
    return venue.id;
  }

  /**
   * Replaces the agenda (organizers): free items, projects presenting themselves, and challenges
   * with some of their ideas (visible, not hidden, not merged, of that challenge).
   */
  async setAgenda(viewer: Viewer | null, id: string, items: AgendaItemInput[]): Promise<EventEntity> {
    const me = requireViewer(viewer);
    if (items.length > L.agendaMax)
      throw DomainError.badInput('items', `At most ${L.agendaMax} agenda items.`);
    const event = await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, id, me);
      this.assertEditable(event);
      const rows: Partial<AgendaItemEntity>[] = [];
      for (const [position, item] of items.entries()) rows.push(await this.checkItem(tx, me, item, position));
      await tx.delete(AgendaItemEntity, { eventId: event.id });
      for (const row of rows) await tx.insert(AgendaItemEntity, { ...row, eventId: event.id });
      await this.audit.record(tx, me, 'event.setAgenda', 'Event', event.id, `${rows.length} items`);
      return tx.findOneByOrFail(EventEntity, { id: event.id });
    });
    if (event.status === EventStatus.PUBLISHED) await this.announceToAgenda(event, me.id);
    return event;
  }

  /** Publishes a draft (organizers): the followers of the agenda's challenges will be told. */
  async publish(viewer: Viewer | null, id: string): Promise<EventEntity> {
    const me = requireViewer(viewer);
    const { event, changed } = await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, id, me);
      if (event.status === EventStatus.PUBLISHED) return { event, changed: false };
      if (event.status !== EventStatus.DRAFT) {
        throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be published.');
      }
      if (event.startsAt.getTime() <= Date.now()) {
        throw DomainError.badInput('startsAt', 'This event’s start has passed: move it before publishing.');
      }
      await tx.update(
        EventEntity,
        { id: event.id },
        { status: EventStatus.PUBLISHED, publishedAt: new Date() },
      );
      await this.audit.record(tx, me, 'event.publish', 'Event', event.id);
      const published: EventPublished = {
        type: 'event.published',
        eventId: event.id,
        challengeIds: await this.agendaChallengeIds(tx, event.id),
        actorId: me.id,
      };
      await this.events.emit(tx, published);
      return { event: await tx.findOneByOrFail(EventEntity, { id: event.id }), changed: true };
    });
    if (changed) await this.announceToAgenda(event, me.id);
    return event;
  }

  async cancel(viewer: Viewer | null, id: string, reason: string): Promise<EventEntity> {
    const me = requireViewer(viewer);
    const why = requiredText(reason, 'reason', 3, 1_000);
    const event = await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, id, me);
      if (event.status === EventStatus.CANCELLED) return event;
      if (event.status === EventStatus.DONE)
        throw new DomainError(ErrorCode.CONFLICT, 'This event was held already.');
      await tx.update(EventEntity, { id: event.id }, { status: EventStatus.CANCELLED, cancelReason: why });
      await this.audit.record(tx, me, 'event.cancel', 'Event', event.id, why);
      const registrants: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM registrations WHERE event_id = $1 AND status <> 'CANCELLED'`,
        [event.id],
      );
      const cancelled: EventCancelled = {
        type: 'event.cancelled',
        eventId: event.id,
        userIds: registrants.map((r) => r.user_id),
        reason: why,
        actorId: me.id,
      };
      await this.events.emit(tx, cancelled);
      return tx.findOneByOrFail(EventEntity, { id: event.id });
    });
    await this.announceToAgenda(event, me.id);
    return event;
  }

  /**
   * Once it has started, the organizers mark the event DONE with its report and write each
   * outcome back to its challenge (on the agenda): the outcome text, the chosen ideas SELECTED, the
   * challenge closed when asked; all in one transaction.
   */
  async complete(
    viewer: Viewer | null,
    id: string,
    report: string,
    outcomes: ChallengeOutcomeInput[],
  ): Promise<EventEntity> {
    const me = requireViewer(viewer);
    const text = requiredText(report, 'report', 1, L.reportMax);
    const { event, challengeIds } = await this.db.transaction(async (tx) => {
      const event = await this.lockOrganized(tx, id, me);
      if (event.status !== EventStatus.PUBLISHED && event.status !== EventStatus.DONE) {
        throw new DomainError(ErrorCode.CONFLICT, 'Only a published event can be completed.');
      }
      if (event.startsAt.getTime() > Date.now()) {
        throw new DomainError(ErrorCode.CONFLICT, 'This event has not started yet.');
      }
      const onAgenda = new Set(await this.agendaChallengeIds(tx, event.id));
      const seen = new Set<string>();
      for (const [i, outcome] of outcomes.entries()) {
        if (!onAgenda.has(outcome.challengeId) || seen.has(outcome.challengeId)) {
          throw DomainError.badInput(
            `outcomes.${i}.challengeId`,
            'Give one outcome per challenge of the agenda.',
          );
        }
        seen.add(outcome.challengeId);
        await this.challenges.writeOutcome(tx, me, outcome.challengeId, {
          outcome: requiredText(outcome.outcome, `outcomes.${i}.outcome`, 1, LIMITS.challenge.descriptionMax),
          selectedIdeaIds: outcome.selectedIdeaIds ?? [],
          close: outcome.close ?? false,
          field: `outcomes.${i}`,
        });
      }
      await tx.update(EventEntity, { id: event.id }, { status: EventStatus.DONE, report: text });
      await this.audit.record(tx, me, 'event.complete', 'Event', event.id, `${outcomes.length} outcomes`);
      const completed: EventCompleted = {
        type: 'event.completed',
        eventId: event.id,
        challengeIds: [...seen],
        actorId: me.id,
      };
      await this.events.emit(tx, completed);
      return { event: await tx.findOneByOrFail(EventEntity, { id: event.id }), challengeIds: [...seen] };
    });
    for (const challengeId of challengeIds) {
      await this.activity.publish({ kind: ActivityKind.CHALLENGE_UPDATED, challengeId, actorId: me.id });
    }
    return event;
  }

  /** Whether the person organizes the event. */
  async organizerIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM event_organizers WHERE event_id = $1`,
      [eventId],
    );
    return rows.map((r) => r.user_id);
  }

  /** The event (locked) if the viewer may organize it: NOT_FOUND if they may not see it, else FORBIDDEN. */
  private async lockOrganized(tx: EntityManager, id: string, viewer: Viewer): Promise<EventEntity> {
    const event = isUuid(id)
      ? await tx
          .getRepository(EventEntity)
          .createQueryBuilder('e')
          .where('e.id = :id', { id })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!event) throw DomainError.notFound('This event');
    const organizerIds = await this.organizerIds(tx, event.id);
    const visible = EventDrafts.visible(event, {
      organizes: organizerIds.includes(viewer.id),
      isAdmin: viewer.role === Role.ADMIN,
    });
    if (!visible) throw DomainError.notFound('This event');
    authorize(viewer, 'event.organize', { organizerIds });
    return event;
  }

  private assertEditable(event: EventEntity): void {
    if (event.status === EventStatus.CANCELLED || event.status === EventStatus.DONE) {
      throw new DomainError(ErrorCode.CONFLICT, 'This event is over: it can no longer be edited.');
    }
  }

  private async insertVenue(
    tx: EntityManager,
    eventId: string,
    position: number,
    venue: CheckedVenue,
  ): Promise<string> {
    const { identifiers } = await tx.insert(VenueEntity, {
      eventId,
      position,
      name: venue.name,
      city: venue.city,
      address: venue.address,
      capacity: venue.capacity,
      onlineUrl: venue.onlineUrl,
    });
    const id = identifiers[0].id as string;
    await this.setHosts(tx, id, venue.hostIds);
    return id;
  }

  private async setHosts(tx: EntityManager, venueId: string, hostIds: string[]): Promise<void> {
    if (hostIds.some((h) => !isUuid(h)))
      throw DomainError.badInput('hostIds', 'Hosts are people of the board.');
    const found = hostIds.length
      ? await tx.getRepository(UserEntity).countBy(hostIds.map((id) => ({ id, deletedAt: IsNull() })))
      : 0;
    if (found !== hostIds.length) throw DomainError.badInput('hostIds', 'Hosts are people of the board.');
    await tx.delete(VenueHostEntity, { venueId });
    for (const userId of hostIds) await tx.insert(VenueHostEntity, { venueId, userId });
  }

  private async checkItem(
    tx: EntityManager,
    me: Viewer,
    item: AgendaItemInput,
    position: number,
  ): Promise<Partial<AgendaItemEntity>> {
    const field = `items.${position}`;
    let title = item.title?.trim() ? requiredText(item.title, `${field}.title`, 1, L.agendaTitleMax) : null;
    let challengeId: string | null = null;
    let projectId: string | null = null;
    const ideaIds = [...new Set(item.ideaIds ?? [])];
    if (item.challengeId) {
      const challenge = await this.visibleChallenge(tx, item.challengeId, me);
      if (!challenge || challenge.status === ChallengeStatus.DRAFT) {
        throw DomainError.badInput(`${field}.challengeId`, 'Put a published challenge on the agenda.');
      }
      challengeId = challenge.id;
      title ??= challenge.title.slice(0, L.agendaTitleMax);
      if (ideaIds.length > L.ideasPerItemMax) {
        throw DomainError.badInput(`${field}.ideaIds`, `At most ${L.ideasPerItemMax} ideas per item.`);
      }
      if (ideaIds.some((i) => !isUuid(i)))
        throw DomainError.badInput(`${field}.ideaIds`, 'Pick ideas of this challenge.');
      if (ideaIds.length) {
        const ideas = await tx
          .getRepository(IdeaEntity)
          .createQueryBuilder('i')
          .where('i.id IN (:...ideaIds)', { ideaIds })
          .andWhere('i.challenge_id = :cid', { cid: challenge.id })
          .andWhere('i.hidden = false AND i.status <> :merged', { merged: IdeaStatus.MERGED })
          .getCount();
        if (ideas !== ideaIds.length) {
          throw DomainError.badInput(
            `${field}.ideaIds`,
            'Pick visible ideas of this challenge (not merged).',
          );
        }
      }
    } else if (ideaIds.length) {
      throw DomainError.badInput(`${field}.ideaIds`, 'Ideas go with their challenge.');
    }
    if (item.projectId) {
      const project = isUuid(item.projectId)
        ? await tx.findOneBy(ProjectEntity, { id: item.projectId })
        : null;
      if (!project) throw DomainError.badInput(`${field}.projectId`, 'Pick a project of the board.');
      projectId = project.id;
      title ??= project.name.slice(0, L.agendaTitleMax);
    }
    if (!title) throw DomainError.badInput(`${field}.title`, 'Give the item a title.');
    return {
      position,
      title,
      startsAt: item.startsAt ?? null,
      challengeId,
      projectId,
      ideaIds,
      note: optionalText(item.note, `${field}.note`, L.noteMax),
    };
  }

  private async visibleChallenge(
    tx: EntityManager,
    id: string,
    viewer: Viewer,
  ): Promise<ChallengeEntity | null> {
    if (!isUuid(id)) return null;
    return tx
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(...Drafts.where('c', viewer.id))
      .getOne();
  }

  private async agendaChallengeIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { challenge_id: string }[] = await manager.query(
      `SELECT DISTINCT challenge_id FROM agenda_items WHERE event_id = $1 AND challenge_id IS NOT NULL`,
      [eventId],
    );
    return rows.map((r) => r.challenge_id);
  }

  /** The challenges on the agenda show their "next steps": their watchers refetch them. */
  private async announceToAgenda(event: EventEntity, actorId: string): Promise<void> {
    for (const challengeId of await this.agendaChallengeIds(this.db.manager, event.id)) {
      await this.activity.publish({ kind: ActivityKind.CHALLENGE_UPDATED, challengeId, actorId });
    }
  }
}
