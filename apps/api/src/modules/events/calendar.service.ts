import { Injectable } from '@nestjs/common';
import { EventStatus } from '@ouimake/domain';
import { createEvents, type EventAttributes } from 'ics';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/config';
import { isUuid } from '../../core/graphql/ids';
import { AgendaItemEntity } from './agenda-item.entity';
import { EventEntity } from './event.entity';
import { VenueEntity } from './venue.entity';

/** Events as they appear in a calendar: published, cancelled (so that calendars drop them) or held. */
const PUBLIC = [EventStatus.PUBLISHED, EventStatus.CANCELLED, EventStatus.DONE];

/**
 * iCalendar files of events, made with the `ics` library: a stable UID per event, its instants in
 * UTC with the event's zone named (X-WR-TIMEZONE), the venue's address or online link, the agenda,
 * and a link back to the event's page. Drafts and unknown events have none.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** One event's file, located at `venueId` when given (the venue a person registered at). */
  async eventFile(id: string, venueId?: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const event = await this.db.getRepository(EventEntity).findOneBy({ id, status: In(PUBLIC) });
    if (!event) return null;
    const file = await this.build([event], venueId && isUuid(venueId) ? venueId : undefined);
    return file.replace('METHOD:PUBLISH\r\n', `METHOD:PUBLISH\r\nX-WR-TIMEZONE:${event.timezone}\r\n`);
  }

  /** Published events not ended more than a month ago, of one city (any of their venues) or all. */
  async feed(city?: string): Promise<string> {
    const qb = this.db
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.status IN (:...statuses)', { statuses: PUBLIC })
      .andWhere("e.ends_at > now() - interval '31 days'")
      .orderBy('e.starts_at', 'ASC')
      .limit(500);
    const wanted = city?.trim();
    if (wanted) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM venues v WHERE v.event_id = e.id AND ouimake_unaccent(lower(v.city)) = ouimake_unaccent(lower(:city)))`,
        { city: wanted.slice(0, 80) },
      );
    }
    return this.build(await qb.getMany());
  }

  private async build(events: EventEntity[], venueId?: string): Promise<string> {
    const ids = events.map((e) => e.id);
    const [venues, agenda] = ids.length
      ? await Promise.all([
          this.db
            .getRepository(VenueEntity)
            .find({ where: { eventId: In(ids) }, order: { position: 'ASC' } }),
          this.db
            .getRepository(AgendaItemEntity)
            .find({ where: { eventId: In(ids) }, order: { position: 'ASC' } }),
        ])
      : [[], []];
    const base = this.config.publicUrl.replace(/\/$/, '');
    const host = new URL(base).host;
    const attributes: EventAttributes[] = events.map((event) => {
      const own = venues.filter((v) => v.eventId === event.id);
      const chosen = own.find((v) => v.id === venueId);
      const where = chosen ? [chosen] : own;
      const location = where
        .map((v) => [v.name, v.address, v.city].filter(Boolean).join(', ') || v.onlineUrl || v.city)
        .join(' · ');
      const items = agenda.filter((a) => a.eventId === event.id).map((a) => `– ${a.title}`);
      const online = where.map((v) => v.onlineUrl).filter(Boolean);
      const description = [
        event.description.slice(0, 3_000),
        items.length ? `\n${items.join('\n')}` : '',
        online.length ? `\n${online.join('\n')}` : '',
        `\n${base}/events/${event.id}`,
      ]
        .filter(Boolean)
        .join('\n');
      return {
        uid: `event-${event.id}@${host}`,
        start: event.startsAt.getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: event.endsAt.getTime(),
        endInputType: 'utc',
        endOutputType: 'utc',
        title: event.title,
        description,
        location: location.slice(0, 500),
        url: `${base}/events/${event.id}`,
        status: event.status === EventStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
        sequence: Math.floor(event.updatedAt.getTime() / 60_000) % 2_000_000_000,
        productId: 'ouimake/events',
        calName: 'Ouimake',
      };
    });
    const { error, value } = createEvents(attributes.length ? attributes : [], {
      productId: 'ouimake/events',
      calName: 'Ouimake',
    });
    if (error || !value) throw error ?? new Error('The calendar could not be written');
    return value;
  }
}
