import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, EventStatus, RegistrationStatus, Role } from '@ouimake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainEvents } from '../../core/events/domain-events';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import type { AccountDeleting } from '../accounts/accounts.events';
import { EventDrafts } from '../visibility';
import { assertRegistrationOpen } from './event-rules';
import { EventEntity } from './event.entity';
import type { RegistrationConfirmed, RegistrationPromoted } from './events.events';
import { RegistrationEntity } from './registration.entity';
import { VenueEntity } from './venue.entity';

/**
 * Registrations for one venue of an event. A venue's confirmed places are counted on its row and
 * taken by one conditional statement (`confirmed_count < capacity`), so capacity holds whatever the
 * concurrency; past it people join the venue's line, ordered by a sequence. Whoever frees a place
 * promotes the first in line in the same transaction, under the venue's row lock.
 */
@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on<AccountDeleting>('account.deleting', (tx, e) => this.forget(tx, e.userId));
  }

  /**
   * A person deleting their account leaves every event: each place they held is freed and, for an
   * event still to come, given to the first in line; then their registrations, and their roles as
   * organizer or host, go. Same lock order as a cancellation: the person, the venue, the rows.
   */
  private async forget(tx: EntityManager, userId: string): Promise<void> {
    const held: { id: string; event_id: string; venue_id: string }[] = await tx.query(
      `SELECT id, event_id, venue_id FROM registrations WHERE user_id = $1 AND status <> 'CANCELLED'
        ORDER BY event_id`,
      [userId],
    );
    for (const registration of held) {
      await this.lockPerson(tx, registration.event_id, userId);
      await this.lockVenues(tx, [registration.venue_id]);
      const [left] = await returning<{ status: RegistrationStatus }>(
        tx,
        `UPDATE registrations r SET status = 'CANCELLED', updated_at = now()
           FROM registrations before
          WHERE r.id = $1 AND before.id = r.id AND r.status <> 'CANCELLED'
          RETURNING before.status`,
        [registration.id],
      );
      if (left?.status !== RegistrationStatus.CONFIRMED) continue;
      const event = await tx.findOneByOrFail(EventEntity, { id: registration.event_id });
      const upcoming = event.status === EventStatus.PUBLISHED && event.endsAt.getTime() > Date.now();
      if (upcoming) await this.release(tx, event, registration.venue_id);
      else
        await tx.query(`UPDATE venues SET confirmed_count = confirmed_count - 1 WHERE id = $1`, [
          registration.venue_id,
        ]);
    }
    await tx.query(`DELETE FROM registrations WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM event_organizers WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM venue_hosts WHERE user_id = $1`, [userId]);
  }

  /** CONFIRMED while the venue has room, else WAITLISTED. Registering again for another venue moves you. */
  async register(viewer: Viewer | null, eventId: string, venueId: string): Promise<RegistrationEntity> {
    const me = authorize(viewer, 'event.register');
    return this.db.transaction(async (tx) => {
      const event = await this.openEvent(tx, eventId, me);
      const venue = isUuid(venueId) ? await tx.findOneBy(VenueEntity, { id: venueId }) : null;
      if (!venue || venue.eventId !== event.id)
        throw DomainError.badInput('venueId', 'Pick a venue of this event.');
      // Locks in one order everywhere: the person, then the venues (by id), then registration rows.
      await this.lockPerson(tx, event.id, me.id);
      const before = await this.own(tx, event.id, me.id);
      await this.lockVenues(tx, [venue.id, ...(before ? [before.venueId] : [])]);
      const existing = await this.own(tx, event.id, me.id, true);
      if (existing && existing.status !== RegistrationStatus.CANCELLED && existing.venueId === venue.id) {
        return existing;
      }
      if (existing?.status === RegistrationStatus.CONFIRMED) await this.release(tx, event, existing.venueId);
      const confirmed = await returning(
        tx,
        `UPDATE venues SET confirmed_count = confirmed_count + 1
          WHERE id = $1 AND (capacity IS NULL OR confirmed_count < capacity) RETURNING id`,
        [venue.id],
      );
      const status = confirmed.length ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      const [row] = await returning<{ id: string }>(
        tx,
        `INSERT INTO registrations (event_id, venue_id, user_id, status) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, user_id) DO UPDATE
           SET venue_id = EXCLUDED.venue_id, status = EXCLUDED.status, checked_in_at = NULL,
               queue = nextval('registrations_queue_seq'), updated_at = now()
         RETURNING id`,
        [event.id, venue.id, me.id, status],
      );
      const news: RegistrationConfirmed = {
        type: status === RegistrationStatus.CONFIRMED ? 'registration.confirmed' : 'registration.waitlisted',
        registrationId: row.id,
        eventId: event.id,
        venueId: venue.id,
        userId: me.id,
      };
      await this.events.emit(tx, news);
      return tx.findOneByOrFail(RegistrationEntity, { id: row.id });
    });
  }

  /** Frees the place (or leaves the line); the first waitlisted person of that venue is promoted. */
  async cancel(viewer: Viewer | null, eventId: string): Promise<RegistrationEntity> {
    const me = requireViewer(viewer);
    return this.db.transaction(async (tx) => {
      const event = isUuid(eventId) ? await this.visibleEvent(tx, eventId, me) : null;
      if (!event) throw DomainError.notFound('This event');
      await this.lockPerson(tx, event.id, me.id);
      const before = await this.own(tx, event.id, me.id);
      if (before) await this.lockVenues(tx, [before.venueId]);
      const existing = await this.own(tx, event.id, me.id, true);
      if (!existing || existing.status === RegistrationStatus.CANCELLED) {
        throw DomainError.notFound('Your registration');
      }
      if (event.endsAt.getTime() <= Date.now() || event.status === EventStatus.DONE) {
        throw new DomainError(ErrorCode.CONFLICT, 'This event is over.');
      }
      await tx.update(RegistrationEntity, { id: existing.id }, { status: RegistrationStatus.CANCELLED });
      if (existing.status === RegistrationStatus.CONFIRMED) await this.release(tx, event, existing.venueId);
      return tx.findOneByOrFail(RegistrationEntity, { id: existing.id });
    });
  }

  /** Hosts, organizers, facilitators and admins mark who came (or take it back). */
  async checkIn(
    viewer: Viewer | null,
    registrationId: string,
    present: boolean,
  ): Promise<RegistrationEntity> {
    const me = requireViewer(viewer);
    const registration = isUuid(registrationId)
      ? await this.db.getRepository(RegistrationEntity).findOneBy({ id: registrationId })
      : null;
    if (!registration) throw DomainError.notFound('This registration');
    await this.authorizeVenue(me, registration.eventId, registration.venueId);
    const event = await this.db.getRepository(EventEntity).findOneByOrFail({ id: registration.eventId });
    if (event.status === EventStatus.CANCELLED || event.status === EventStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'This event is not taking place.');
    }
    if (registration.status !== RegistrationStatus.CONFIRMED) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only confirmed registrations are checked in.');
    }
    await this.db.query(
      `UPDATE registrations SET checked_in_at = CASE WHEN $2 THEN COALESCE(checked_in_at, now()) END WHERE id = $1`,
      [registration.id, present],
    );
    return this.db.getRepository(RegistrationEntity).findOneByOrFail({ id: registration.id });
  }

  /**
   * Promotes the first people of a venue's line while it has room (after a place was freed or the
   * capacity raised), in the caller's transaction, under the venue's row lock.
   */
  async fill(tx: EntityManager, event: EventEntity, venueId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (let attempts = 0; attempts < 1_000; attempts++) {
      const [next] = await tx.query(
        `SELECT id, user_id FROM registrations WHERE venue_id = $1 AND status = 'WAITLISTED'
          ORDER BY queue LIMIT 1 FOR UPDATE`,
        [venueId],
      );
      if (!next) {
        // With a row lock and LIMIT, PostgreSQL may return nothing when the first of the line
        // changed meanwhile (they left it): look again while anyone waits.
        const [{ waiting }] = await tx.query(
          `SELECT EXISTS (SELECT 1 FROM registrations WHERE venue_id = $1 AND status = 'WAITLISTED') AS waiting`,
          [venueId],
        );
        if (waiting) continue;
        break;
      }
      const room = await returning(
        tx,
        `UPDATE venues SET confirmed_count = confirmed_count + 1
          WHERE id = $1 AND (capacity IS NULL OR confirmed_count < capacity) RETURNING id`,
        [venueId],
      );
      if (!room.length) break;
      await tx.query(`UPDATE registrations SET status = 'CONFIRMED', updated_at = now() WHERE id = $1`, [
        next.id,
      ]);
      promoted.push(next.id);
      const news: RegistrationPromoted = {
        type: 'registration.promoted',
        registrationId: next.id,
        eventId: event.id,
        venueId,
        userId: next.user_id,
      };
      await this.events.emit(tx, news);
    }
    return promoted;
  }

  /** A venue's registrations (organizers, facilitators, admins; its hosts), in order of arrival. */
  async page<N>(
    viewer: Viewer | null,
    event: EventEntity,
    args: { venueId?: string | null; first?: number | null; after?: string | null },
    toNode: (e: RegistrationEntity) => N,
  ): Promise<Page<N>> {
    const venueId = args.venueId ?? null;
    await this.authorizeRead(viewer, event.id, venueId);
    const qb = this.db
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId: event.id })
      .andWhere("r.status <> 'CANCELLED'");
    if (venueId) qb.andWhere('r.venue_id = :venueId', { venueId });
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'REGISTRATIONS',
        keys: [
          { sql: 'r.queue', direction: 'ASC', type: 'int8', alias: 'k_queue' },
          { sql: 'r.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }

  /** Frees one confirmed place of a venue and gives it to the first in line. */
  private async release(tx: EntityManager, event: EventEntity, venueId: string): Promise<void> {
    await tx.query(`UPDATE venues SET confirmed_count = confirmed_count - 1 WHERE id = $1`, [venueId]);
    await this.fill(tx, event, venueId);
  }

  /** A published event open for registration, locked against its cancellation meanwhile. */
  private async openEvent(tx: EntityManager, eventId: string, viewer: Viewer): Promise<EventEntity> {
    const event = isUuid(eventId) ? await this.visibleEvent(tx, eventId, viewer, true) : null;
    if (!event) throw DomainError.notFound('This event');
    assertRegistrationOpen(event);
    return event;
  }

  private async visibleEvent(
    tx: EntityManager,
    eventId: string,
    viewer: Viewer,
    lock = false,
  ): Promise<EventEntity | null> {
    const qb = tx
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.id = :eventId', { eventId })
      .andWhere(...EventDrafts.where('e', { id: viewer.id, isAdmin: viewer.role === Role.ADMIN }));
    if (lock) qb.setLock('pessimistic_read');
    return qb.getOne();
  }

  /** One person's acts on one event run one at a time (their first lock). */
  private async lockPerson(tx: EntityManager, eventId: string, userId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `registration:${eventId}:${userId}`,
    ]);
  }

  /** Locks venues' rows in id order (their second lock), so that two moves never deadlock. */
  private async lockVenues(tx: EntityManager, venueIds: string[]): Promise<void> {
    await tx.query(`SELECT id FROM venues WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      [...new Set(venueIds)],
    ]);
  }

  private own(
    tx: EntityManager,
    eventId: string,
    userId: string,
    lock = false,
  ): Promise<RegistrationEntity | null> {
    const qb = tx
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId AND r.user_id = :userId', { eventId, userId });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /**
   * Who may read an event's registrations: of every venue, its organizers, facilitators and admins;
   * of one venue (`venueId`), also its hosts. Else UNAUTHENTICATED or FORBIDDEN.
   */
  async authorizeRead(viewer: Viewer | null, eventId: string, venueId: string | null): Promise<void> {
    const me = requireViewer(viewer);
    if (venueId !== null && !isUuid(venueId))
      throw DomainError.badInput('venueId', 'Pick a venue of this event.');
    if (await this.seesAllVenues(me, eventId)) return;
    if (venueId === null) authorize(me, 'event.readRegistrations', { organizerIds: [] });
    await this.authorizeVenue(me, eventId, venueId as string);
  }

  private async seesAllVenues(viewer: Viewer, eventId: string): Promise<boolean> {
    const organizers: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM event_organizers WHERE event_id = $1`,
      [eventId],
    );
    return organizers.some((o) => o.user_id === viewer.id) || viewer.role !== Role.MEMBER;
  }

  /** The viewer hosts the venue, organizes the event, or facilitates: else FORBIDDEN. */
  private async authorizeVenue(viewer: Viewer, eventId: string, venueId: string): Promise<void> {
    const rows: { user_id: string; kind: string }[] = await this.db.query(
      `SELECT user_id, 'organizer' AS kind FROM event_organizers WHERE event_id = $1
       UNION ALL SELECT user_id, 'host' FROM venue_hosts WHERE venue_id = $2`,
      [eventId, venueId],
    );
    authorize(viewer, 'venue.manage', {
      organizerIds: rows.filter((r) => r.kind === 'organizer').map((r) => r.user_id),
      hostIds: rows.filter((r) => r.kind === 'host').map((r) => r.user_id),
    });
  }
}
