/** Open challenges with at least this many ideas and none shortlisted need sorting out. */
export const MANY_IDEAS = 5;
/** A deadline this close, or passed while the challenge is still open, needs attention. */
export const SOON_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScannedChallenge {
  id: string;
  title: string;
  projectName: string;
  ideaCount: number;
  closesAt: string | null;
  /** Its shortlisted and selected ideas. */
  shortlisted: number;
}

/** An open report, reduced to the challenge it is about. */
export interface ReportedChallenge {
  id: string;
  title: string;
}

export interface AttentionItem {
  id: string;
  title: string;
  projectName: string | null;
  ideaCount: number | null;
  closesAt: string | null;
  /** Many ideas and nothing shortlisted yet. */
  unsorted: boolean;
  /** Open reports about its ideas and comments (among those loaded). */
  reports: number;
  /** Its deadline is near, or passed while it is still open. */
  closing: 'soon' | 'passed' | null;
}

function closing(closesAt: string | null, now: number): AttentionItem['closing'] {
  if (!closesAt) return null;
  const at = new Date(closesAt).getTime();
  if (at <= now) return 'passed';
  return at - now <= SOON_DAYS * DAY_MS ? 'soon' : null;
}

/**
 * The challenges a facilitator should look at, each with why: many ideas and no shortlist, open
 * reports, a deadline near or passed. The most pressing first: reports, then deadlines (passed,
 * then soonest), then the most ideas.
 */
export function needsAttention(
  scanned: readonly ScannedChallenge[],
  reported: readonly ReportedChallenge[],
  now: number,
): AttentionItem[] {
  const items = new Map<string, AttentionItem>();
  for (const challenge of scanned) {
    if (items.has(challenge.id)) continue;
    items.set(challenge.id, {
      id: challenge.id,
      title: challenge.title,
      projectName: challenge.projectName,
      ideaCount: challenge.ideaCount,
      closesAt: challenge.closesAt,
      unsorted: challenge.ideaCount >= MANY_IDEAS && challenge.shortlisted === 0,
      reports: 0,
      closing: closing(challenge.closesAt, now),
    });
  }
  for (const challenge of reported) {
    const item = items.get(challenge.id) ?? {
      id: challenge.id,
      title: challenge.title,
      projectName: null,
      ideaCount: null,
      closesAt: null,
      unsorted: false,
      reports: 0,
      closing: null,
    };
    item.reports += 1;
    items.set(challenge.id, item);
  }
  const rank = (item: AttentionItem) => (item.closing === 'passed' ? 0 : item.closing === 'soon' ? 1 : 2);
  return [...items.values()]
    .filter((item) => item.unsorted || item.reports > 0 || item.closing !== null)
    .sort(
      (a, b) =>
        b.reports - a.reports ||
        rank(a) - rank(b) ||
        (a.closesAt && b.closesAt ? a.closesAt.localeCompare(b.closesAt) : 0) ||
        (b.ideaCount ?? 0) - (a.ideaCount ?? 0),
    );
}
