import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IdeaStatus } from '@ouimake/domain';
import type { DataSource } from 'typeorm';

export enum IdeaTimelineKind {
  PROPOSED = 'PROPOSED',
  SHORTLISTED = 'SHORTLISTED',
  SELECTED = 'SELECTED',
  /** Back to PROPOSED after a curator's change of mind. */
  RETURNED = 'RETURNED',
  MERGED = 'MERGED',
  /** On the agenda of an event (published or held). */
  ON_AGENDA = 'ON_AGENDA',
  /** Its challenge closed, with its outcome. */
  CHALLENGE_CLOSED = 'CHALLENGE_CLOSED',
}

registerEnumType(IdeaTimelineKind, {
  name: 'IdeaTimelineKind',
  description: 'A step of what became of an idea.',
});

@ObjectType({ description: 'One step of what became of an idea, oldest first.' })
export class IdeaTimelineEntry {
  @Field(() => IdeaTimelineKind)
  kind: IdeaTimelineKind;

  @Field()
  at: Date;

  /** For MERGED: the idea it was merged into; for ON_AGENDA: the event. Resolved by the resolver. */
  mergedIntoId: string | null;
  eventId: string | null;

  @Field(() => String, { nullable: true, description: "For CHALLENGE_CLOSED: the challenge's outcome." })
  outcome: string | null;
}

const STATUS_STEP: Partial<Record<IdeaStatus, IdeaTimelineKind>> = {
  [IdeaStatus.SHORTLISTED]: IdeaTimelineKind.SHORTLISTED,
  [IdeaStatus.SELECTED]: IdeaTimelineKind.SELECTED,
  [IdeaStatus.PROPOSED]: IdeaTimelineKind.RETURNED,
};

/**
 * What became of an idea, from what the board already records: its creation, the audit entries of
 * its status changes and merge, the events whose agenda holds it, its challenge's closing.
 */
export async function ideaTimeline(
  db: DataSource,
  idea: { id: string; createdAt: Date; challengeId: string; mergedIntoId: string | null },
): Promise<IdeaTimelineEntry[]> {
  const [audit, agenda, challenge] = await Promise.all([
    db.query(
      `SELECT action, detail, at FROM audit_entries WHERE target_id = $1 AND action IN ('idea.setStatus', 'idea.merge') ORDER BY at`,
      [idea.id],
    ) as Promise<{ action: string; detail: string | null; at: Date }[]>,
    db.query(
      `SELECT e.id, e.starts_at FROM agenda_items a JOIN events e ON e.id = a.event_id
        WHERE $1 = ANY(a.idea_ids) AND e.status IN ('PUBLISHED', 'DONE') ORDER BY e.starts_at`,
      [idea.id],
    ) as Promise<{ id: string; starts_at: Date }[]>,
    db.query(
      `SELECT c.status, c.outcome, COALESCE(
          (SELECT max(a.at) FROM audit_entries a WHERE a.target_id = c.id AND a.action = 'challenge.writeOutcome'),
          c.updated_at) AS closed_at
         FROM challenges c WHERE c.id = $1`,
      [idea.challengeId],
    ) as Promise<{ status: string; outcome: string | null; closed_at: Date }[]>,
  ]);
  const entries: IdeaTimelineEntry[] = [
    { kind: IdeaTimelineKind.PROPOSED, at: idea.createdAt, mergedIntoId: null, eventId: null, outcome: null },
  ];
  for (const a of audit) {
    if (a.action === 'idea.merge') {
      entries.push({
        kind: IdeaTimelineKind.MERGED,
        at: a.at,
        mergedIntoId: idea.mergedIntoId,
        eventId: null,
        outcome: null,
      });
      continue;
    }
    const to = (a.detail ?? '').split('→').pop()?.trim() as IdeaStatus | undefined;
    const kind = to ? STATUS_STEP[to] : undefined;
    if (kind) entries.push({ kind, at: a.at, mergedIntoId: null, eventId: null, outcome: null });
  }
  for (const e of agenda) {
    entries.push({
      kind: IdeaTimelineKind.ON_AGENDA,
      at: e.starts_at,
      mergedIntoId: null,
      eventId: e.id,
      outcome: null,
    });
  }
  if (challenge[0]?.status === 'CLOSED') {
    entries.push({
      kind: IdeaTimelineKind.CHALLENGE_CLOSED,
      at: challenge[0].closed_at,
      mergedIntoId: null,
      eventId: null,
      outcome: challenge[0].outcome,
    });
  }
  return entries.sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime());
}
