import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  byId,
  FeatureLoaders,
  grouped,
  LoadersFactory,
  PAIRS,
  PerViewer,
  type KeyLoader,
} from '../../core/dataloader/loaders';
import type { Viewer } from '../../core/graphql/request-context';
import { UserEntity } from '../users/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { EventEntity } from './event.entity';
import { RegistrationEntity } from './registration.entity';
import { VenueEntity } from './venue.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    event: KeyLoader<string, EventEntity | null>;
    venue: KeyLoader<string, VenueEntity | null>;
    eventVenues: KeyLoader<string, VenueEntity[]>;
    eventOrganizers: KeyLoader<string, UserEntity[]>;
    eventAgenda: KeyLoader<string, AgendaItemEntity[]>;
    venueHosts: KeyLoader<string, UserEntity[]>;
    venueWaitlistCount: KeyLoader<string, number>;
    venueCheckedInCount: KeyLoader<string, number>;
    /** 1-based place in its venue's line, for WAITLISTED registrations. */
    waitlistPosition: KeyLoader<string, number | null>;
    /** Published (or held) events whose agenda holds each challenge, soonest first. */
    challengeEvents: KeyLoader<string, EventEntity[]>;
    /** The venue each idea's author was registered at, when proposed during an event on its challenge. */
    ideaAuthorVenue: KeyLoader<string, string | null>;
    /** The viewer's active registration for each event. */
    viewerRegistration: KeyLoader<string, RegistrationEntity | null>;
  }
}

interface Shared {
  event: DataLoader<string, EventEntity | null>;
  venue: DataLoader<string, VenueEntity | null>;
  eventVenues: DataLoader<string, VenueEntity[]>;
  eventOrganizers: DataLoader<string, UserEntity[]>;
  eventAgenda: DataLoader<string, AgendaItemEntity[]>;
  venueHosts: DataLoader<string, UserEntity[]>;
  venueWaitlistCount: DataLoader<string, number>;
  venueCheckedInCount: DataLoader<string, number>;
  waitlistPosition: DataLoader<string, number | null>;
  challengeEvents: DataLoader<string, EventEntity[]>;
  ideaAuthorVenue: DataLoader<string, string | null>;
  registration: PerViewer<RegistrationEntity | null>;
}

type Own = Omit<Shared, 'registration'> & {
  viewerRegistration: KeyLoader<string, RegistrationEntity | null>;
};

/** Counts per key from rows of (id, n). */
function counts(db: DataSource, sql: string): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const rows: { id: string; n: number }[] = await db.query(sql, [ids]);
    const found = new Map(rows.map((r) => [r.id, Number(r.n)]));
    return ids.map((id) => found.get(id) ?? 0);
  });
}

@Injectable()
export class EventsLoaders extends FeatureLoaders<Shared, Own> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
  ) {
    super(factory);
  }

  shared(): Shared {
    const { db } = this;
    return {
      event: byId((ids) => db.getRepository(EventEntity).findBy({ id: In(ids) })),
      venue: byId((ids) => db.getRepository(VenueEntity).findBy({ id: In(ids) })),
      eventVenues: new DataLoader(async (eventIds) => {
        const rows = await db
          .getRepository(VenueEntity)
          .find({ where: { eventId: In([...eventIds]) }, order: { position: 'ASC' } });
        return grouped(eventIds, rows, (v) => v.eventId);
      }),
      eventOrganizers: new DataLoader(async (eventIds) => {
        const rows: (UserEntity & { event_id: string })[] = await db
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .innerJoin('event_organizers', 'o', 'o.user_id = u.id')
          .addSelect('o.event_id', 'event_id')
          .where('o.event_id IN (:...eventIds)', { eventIds })
          .orderBy('lower(u.display_name)', 'ASC')
          .getRawAndEntities()
          .then(({ raw, entities }) =>
            entities.map((e, i) => Object.assign(e, { event_id: raw[i].event_id })),
          );
        return grouped(eventIds, rows, (u) => u.event_id);
      }),
      eventAgenda: new DataLoader(async (eventIds) => {
        const rows = await db
          .getRepository(AgendaItemEntity)
          .find({ where: { eventId: In([...eventIds]) }, order: { position: 'ASC' } });
        return grouped(eventIds, rows, (a) => a.eventId);
      }),
      venueHosts: new DataLoader(async (venueIds) => {
        const rows: (UserEntity & { venue_id: string })[] = await db
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .innerJoin('venue_hosts', 'h', 'h.user_id = u.id')
          .addSelect('h.venue_id', 'venue_id')
          .where('h.venue_id IN (:...venueIds)', { venueIds })
          .orderBy('lower(u.display_name)', 'ASC')
          .getRawAndEntities()
          .then(({ raw, entities }) =>
            entities.map((e, i) => Object.assign(e, { venue_id: raw[i].venue_id })),
          );
        return grouped(venueIds, rows, (u) => u.venue_id);
      }),
      venueWaitlistCount: counts(
        db,
        `SELECT venue_id AS id, count(*)::int AS n FROM registrations
          WHERE venue_id = ANY($1::uuid[]) AND status = 'WAITLISTED' GROUP BY venue_id`,
      ),
      venueCheckedInCount: counts(
        db,
        `SELECT venue_id AS id, count(*)::int AS n FROM registrations
          WHERE venue_id = ANY($1::uuid[]) AND status = 'CONFIRMED' AND checked_in_at IS NOT NULL GROUP BY venue_id`,
      ),
      waitlistPosition: new DataLoader(async (ids) => {
        const rows: { id: string; n: number }[] = await db.query(
          `SELECT r.id, (SELECT count(*) FROM registrations w
                          WHERE w.venue_id = r.venue_id AND w.status = 'WAITLISTED' AND w.queue <= r.queue)::int AS n
             FROM registrations r WHERE r.id = ANY($1::uuid[]) AND r.status = 'WAITLISTED'`,
          [ids],
        );
        const found = new Map(rows.map((r) => [r.id, Number(r.n)]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      challengeEvents: new DataLoader(async (challengeIds) => {
        const rows: (EventEntity & { challenge_id: string })[] = await db
          .getRepository(EventEntity)
          .createQueryBuilder('e')
          .innerJoin(
            (sub) =>
              sub
                .select('DISTINCT a.event_id', 'event_id')
                .addSelect('a.challenge_id', 'challenge_id')
                .from('agenda_items', 'a')
                .where('a.challenge_id IN (:...challengeIds)', { challengeIds }),
            'a',
            'a.event_id = e.id',
          )
          .addSelect('a.challenge_id', 'challenge_id')
          .where("e.status IN ('PUBLISHED', 'DONE')")
          .orderBy('e.starts_at', 'ASC')
          .getRawAndEntities()
          .then(({ raw, entities }) =>
            entities.map((e, i) => Object.assign(e, { challenge_id: raw[i].challenge_id as string })),
          );
        return grouped(challengeIds, rows, (e) => e.challenge_id);
      }),
      ideaAuthorVenue: new DataLoader(async (ideaIds) => {
        const rows: { idea_id: string; venue_id: string }[] = await db.query(
          `SELECT DISTINCT ON (i.id) i.id AS idea_id, r.venue_id
             FROM ideas i
             JOIN agenda_items a ON a.challenge_id = i.challenge_id
             JOIN events e ON e.id = a.event_id AND e.status IN ('PUBLISHED', 'DONE')
                          AND i.created_at BETWEEN e.starts_at AND e.ends_at
             JOIN registrations r ON r.event_id = e.id AND r.user_id = i.author_id AND r.status = 'CONFIRMED'
            WHERE i.id = ANY($1::uuid[])
            ORDER BY i.id, e.starts_at DESC`,
          [ideaIds],
        );
        const found = new Map(rows.map((r) => [r.idea_id, r.venue_id]));
        return ideaIds.map((id) => found.get(id) ?? null);
      }),
      registration: PerViewer.query<RegistrationEntity | null>(
        db,
        `SELECT r.user_id AS viewer, r.event_id AS id, r.id AS registration_id FROM registrations r
           JOIN ${PAIRS} ON r.user_id = k.viewer AND r.event_id = k.id WHERE r.status <> 'CANCELLED'`,
        null,
        (row) => ({ id: String(row['registration_id']) }) as RegistrationEntity,
      ),
    };
  }

  forViewer({ registration, ...rows }: Shared, viewer: Viewer | null): Own {
    const view = registration.view(viewer, null);
    const { db } = this;
    // The pair query gives the registration's id; its row comes in one more batched read.
    const rowsById = new DataLoader<string, RegistrationEntity | null>(async (ids) => {
      const found = await db.getRepository(RegistrationEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => found.find((r) => r.id === id) ?? null);
    });
    const load = async (eventId: string): Promise<RegistrationEntity | null> => {
      const hit = await view.load(eventId);
      return hit ? rowsById.load(hit.id) : null;
    };
    return {
      ...rows,
      viewerRegistration: {
        load,
        loadMany: (keys) => Promise.all(Array.from(keys, load)),
        clearAll: () => {
          view.clearAll();
          rowsById.clearAll();
        },
        // Made of two reads: a registration a write made known is read again.
        prime: () => undefined,
      },
    };
  }
}
