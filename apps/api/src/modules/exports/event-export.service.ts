import { Injectable } from '@nestjs/common';
import type { Locale } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/graphql/request-context';
import { AppConfig } from '../../config/config';
import { EventsService } from '../events/events.service';
import { RegistrationsService } from '../events/registrations.service';
import { Drafts, HiddenContent } from '../visibility';
import { toCsv } from './csv';
import { authorName, inline, longDate, wordsFor } from './words';

/**
 * An event's exports: its report as Markdown (whoever may see the event), and its registrants per
 * venue as CSV (its organizers, facilitators and admins; a venue's hosts for their venue), with
 * display names only: no email leaves the board in an export.
 */
@Injectable()
export class EventExportService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly config: AppConfig,
  ) {}

  async report(viewer: Viewer | null, eventId: string, locale: Locale): Promise<string | null> {
    const event = await this.events.findVisible(eventId, viewer);
    if (!event) return null;
    const w = wordsFor(locale);
    const venues: {
      name: string;
      city: string;
      address: string | null;
      online_url: string | null;
      confirmed_count: number;
    }[] = await this.db.query(
      `SELECT name, city, address, online_url, confirmed_count FROM venues WHERE event_id = $1 ORDER BY position, id`,
      [event.id],
    );
    // An agenda item names a challenge only if the viewer may see it (drafts stay drafts here too),
    // and the ideas on it only if they are visible to anyone.
    const [draftSql, draftParams] = Drafts.where('c', viewer?.id ?? null);
    const agenda: {
      title: string;
      starts_at: Date | null;
      note: string | null;
      challenge: string | null;
      ideas: string[];
    }[] = await this.db
      .createQueryBuilder()
      .select([
        'a.title AS title',
        'a.starts_at AS starts_at',
        'a.note AS note',
        `CASE WHEN ${draftSql} THEN c.title END AS challenge`,
        `COALESCE((SELECT array_agg(i.title ORDER BY i.title) FROM ideas i
              WHERE i.id = ANY(a.idea_ids) AND ${HiddenContent.where('i', { viewer: null, curates: false })?.[0] ?? 'true'}
                AND i.challenge_id = c.id AND ${draftSql}), '{}') AS ideas`,
      ])
      .from('agenda_items', 'a')
      .leftJoin('challenges', 'c', 'c.id = a.challenge_id')
      .where('a.event_id = :eventId', { eventId: event.id, ...draftParams })
      .orderBy('a.position', 'ASC')
      .getRawMany();
    const lines = [`# ${inline(event.title)}`, ''];
    lines.push(`- ${w.status}: ${w.eventStatus[event.status]}`);
    lines.push(
      `- ${longDate(locale, event.startsAt, event.timezone)} → ${longDate(locale, event.endsAt, event.timezone)} (${event.timezone})`,
    );
    lines.push(`- ${this.config.publicUrl}/events/${event.id}`, '');
    if (event.description.trim()) lines.push(event.description.trim(), '');
    lines.push(`## ${w.venues}`, '');
    for (const v of venues) {
      const where = [v.address, v.city]
        .filter(Boolean)
        .map((s) => inline(s as string))
        .join(', ');
      const online = v.online_url ? ` · ${w.online}` : '';
      lines.push(`- **${inline(v.name)}**: ${where}${online} · ${v.confirmed_count} ${w.registered}`);
    }
    lines.push('');
    if (agenda.length) {
      lines.push(`## ${w.agenda}`, '');
      agenda.forEach((item, index) => {
        const at = item.starts_at ? ` (${longDate(locale, item.starts_at, event.timezone)})` : '';
        lines.push(`${index + 1}. ${inline(item.title)}${at}`);
        if (item.challenge) lines.push(`   - ${w.challenge}: ${inline(item.challenge)}`);
        for (const idea of item.ideas) lines.push(`   - ${inline(idea)}`);
        if (item.note?.trim()) lines.push(`   - ${inline(item.note)}`);
      });
      lines.push('');
    }
    lines.push(`## ${w.report}`, '', event.report?.trim() || w.noReport, '');
    return (
      lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  }

  /** Null when the event is not visible; UNAUTHENTICATED or FORBIDDEN for who may not read them. */
  async registrants(
    viewer: Viewer | null,
    eventId: string,
    venueId: string | null,
    locale: Locale,
  ): Promise<{ title: string; csv: string } | null> {
    const event = await this.events.findVisible(eventId, viewer);
    if (!event) return null;
    await this.registrations.authorizeRead(viewer, event.id, venueId);
    const rows: {
      venue: string;
      city: string;
      display_name: string;
      deleted_at: Date | null;
      status: 'CONFIRMED' | 'WAITLISTED';
      position: string | null;
      created_at: Date;
      checked_in_at: Date | null;
    }[] = await this.db.query(
      `SELECT v.name AS venue, v.city, u.display_name, u.deleted_at, r.status, r.created_at, r.checked_in_at,
              CASE WHEN r.status = 'WAITLISTED'
                   THEN row_number() OVER (PARTITION BY r.venue_id, r.status ORDER BY r.queue) END AS position
         FROM registrations r JOIN venues v ON v.id = r.venue_id JOIN users u ON u.id = r.user_id
        WHERE r.event_id = $1 AND r.status <> 'CANCELLED' AND ($2::uuid IS NULL OR r.venue_id = $2)
        ORDER BY v.position, v.id, r.status, r.queue`,
      [event.id, venueId],
    );
    const w = wordsFor(locale);
    return {
      title: event.title,
      csv: toCsv(
        [...w.csv.registrations],
        rows.map((r) => [
          r.venue,
          r.city,
          authorName(w, r),
          w.registrationStatus[r.status],
          r.position === null ? '' : Number(r.position),
          r.created_at.toISOString(),
          r.checked_in_at !== null,
        ]),
      ),
    };
  }
}
