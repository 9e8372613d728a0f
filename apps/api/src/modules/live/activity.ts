import { ActivityKind } from '@ouimake/domain';

/** What travels on a challenge's channel: ids and the facts receivers need to filter without a query. */
export interface ActivityEvent {
  kind: ActivityKind;
  challengeId: string;
  at: string;
  ideaId?: string;
  commentId?: string;
  presentCount?: number;
  /** Who made it happen (their own view may differ, e.g. viewerHasVoted). */
  actorId?: string;
  /** Facts for filtering without a query: hidden content reaches curators and its author only. */
  hidden?: boolean;
  authorId?: string;
}

/** One channel per challenge, namespaced like every Redis key. */
export function challengeChannel(prefix: string, challengeId: string): string {
  return `${prefix}:challenge:${challengeId}`;
}
