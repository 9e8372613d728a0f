import type { ActivityFacts } from '../visibility/activity';

/** What travels on a challenge's channel: ids and the facts receivers are filtered by without a query. */
export interface ActivityEvent extends ActivityFacts {
  challengeId: string;
  at: string;
  ideaId?: string;
  commentId?: string;
  presentCount?: number;
  /** The first event a new subscription receives (ChallengeActivity.catchUp). */
  catchUp?: boolean;
}

/** One channel per challenge, namespaced like every Redis key. */
export function challengeChannel(prefix: string, challengeId: string): string {
  return `${prefix}:challenge:${challengeId}`;
}
