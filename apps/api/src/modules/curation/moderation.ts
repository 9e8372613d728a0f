import { IdeaStatus, ReportStatus } from '@ouimake/domain';
import type { EntityManager } from 'typeorm';
import { returning } from '../../core/database/sql';

/** What the hide and unhide statements need to know of the content. */
export type ContentKind = 'idea' | 'comment';

const TABLE: Record<ContentKind, string> = { idea: 'ideas', comment: 'comments' };

/**
 * Hides an idea or a comment in the caller's transaction (which holds the challenge's lock), and
 * keeps the counters people see equal to what they may see: a challenge's `idea_count` counts its
 * ideas neither hidden nor merged, an idea's `comment_count` its comments neither hidden nor deleted.
 * Returns false when it was hidden already (the reason is then updated).
 */
export async function hideContent(
  tx: EntityManager,
  kind: ContentKind,
  id: string,
  reason: string,
  by: { actorId: string | null },
): Promise<boolean> {
  const rows = await returning<{ was_hidden: boolean; status?: IdeaStatus; parent: string }>(
    tx,
    `UPDATE ${TABLE[kind]} t SET hidden = true, hidden_reason = $2, hidden_by_id = $3,
            hidden_by_reports = ($3::uuid IS NULL), hidden_at = COALESCE(CASE WHEN old.hidden THEN t.hidden_at END, now())
       FROM ${TABLE[kind]} old WHERE t.id = $1 AND old.id = t.id
     RETURNING old.hidden AS was_hidden, ${kind === 'idea' ? 't.status, t.challenge_id' : 't.deleted_at IS NOT NULL AS deleted, t.idea_id'} AS parent`,
    [id, reason, by.actorId],
  );
  const row = rows[0] as { was_hidden: boolean; status?: IdeaStatus; parent: string; deleted?: boolean };
  if (!row || row.was_hidden) return false;
  await adjustCount(tx, kind, row, -1);
  return true;
}

/** Shows hidden content again; false when it was not hidden. */
export async function unhideContent(tx: EntityManager, kind: ContentKind, id: string): Promise<boolean> {
  const rows = await returning<{ status?: IdeaStatus; parent: string; deleted?: boolean }>(
    tx,
    `UPDATE ${TABLE[kind]} SET hidden = false, hidden_reason = NULL, hidden_by_id = NULL,
            hidden_by_reports = false, hidden_at = NULL
      WHERE id = $1 AND hidden
     RETURNING ${kind === 'idea' ? 'status, challenge_id' : 'deleted_at IS NOT NULL AS deleted, idea_id'} AS parent`,
    [id],
  );
  if (!rows[0]) return false;
  await adjustCount(tx, kind, rows[0], +1);
  return true;
}

async function adjustCount(
  tx: EntityManager,
  kind: ContentKind,
  row: { status?: IdeaStatus; parent: string; deleted?: boolean },
  delta: number,
): Promise<void> {
  if (kind === 'idea') {
    if (row.status === IdeaStatus.MERGED) return;
    await tx.query(`UPDATE challenges SET idea_count = idea_count + $2 WHERE id = $1`, [row.parent, delta]);
  } else {
    if (row.deleted) return;
    await tx.query(`UPDATE ideas SET comment_count = comment_count + $2 WHERE id = $1`, [row.parent, delta]);
  }
}

/** Resolves every open report of the content at once: one decision covers it. */
export async function resolveOpenReports(
  tx: EntityManager,
  kind: ContentKind,
  id: string,
  status: ReportStatus.ACTIONED | ReportStatus.DISMISSED,
  resolvedById: string,
): Promise<number> {
  const rows = await returning(
    tx,
    `UPDATE reports SET status = $2, resolved_by_id = $3, resolved_at = now()
      WHERE ${kind === 'idea' ? 'idea_id' : 'comment_id'} = $1 AND status = 'OPEN' RETURNING id`,
    [id, status, resolvedById],
  );
  return rows.length;
}
