import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PresenceService } from '../live/presence.service';
import type { VenuePresence } from './event.model';

/**
 * During a multi-city evening, who watches a challenge's live brainstorm from which venue: the
 * people present (over all instances) matched with their confirmed registration at an event that is
 * running now (from an hour before it starts to its end) with the challenge on its agenda.
 */
@Injectable()
export class PresenceByVenue {
  constructor(
    private readonly db: DataSource,
    private readonly presence: PresenceService,
  ) {}

  async of(challengeId: string): Promise<VenuePresence[]> {
    const venues: { venue_id: string }[] = await this.db.query(
      `SELECT v.id AS venue_id FROM venues v JOIN events e ON e.id = v.event_id
        WHERE e.status = 'PUBLISHED' AND now() BETWEEN e.starts_at - interval '1 hour' AND e.ends_at
          AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.event_id = e.id AND a.challenge_id = $1)
        ORDER BY e.starts_at, v.position`,
      [challengeId],
    );
    if (!venues.length) return [];
    const userIds = (await this.presence.members(challengeId))
      .filter((m) => m.startsWith('user:'))
      .map((m) => m.slice('user:'.length));
    const counts: { venue_id: string; n: number }[] = userIds.length
      ? await this.db.query(
          `SELECT venue_id, count(DISTINCT user_id)::int AS n FROM registrations
            WHERE venue_id = ANY($1::uuid[]) AND status = 'CONFIRMED' AND user_id = ANY($2::uuid[])
            GROUP BY venue_id`,
          [venues.map((v) => v.venue_id), userIds],
        )
      : [];
    const byVenue = new Map(counts.map((c) => [c.venue_id, Number(c.n)]));
    return venues.map((v) => ({ venueId: v.venue_id, count: byVenue.get(v.venue_id) ?? 0 }));
  }
}
