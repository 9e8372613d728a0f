import { ActivityKind, ChallengeStatus, hidesVoteCounts, IdeaOrder } from '@ouimake/domain';
import type { ContentViewer } from './content-viewer';

type BlindChallenge = { status: ChallengeStatus; blindVoting: boolean };

/**
 * Blind voting: while a blind challenge is open, vote counts are hidden from everyone but its
 * curators, and nothing may reveal them: no count, no order by votes, no live event naming the
 * idea that got a vote. The pure rule lives in the domain library (the board uses it too).
 */
export const BlindCounts = {
  /** Whether counts are hidden from `who` on this challenge. */
  hidden(challenge: BlindChallenge, who: Pick<ContentViewer, 'curates'>): boolean {
    return hidesVoteCounts(challenge, who.curates);
  },

  /** The order `who` may get: ordering by votes would leak blind counts, so it becomes NEWEST. */
  ideaOrder(order: IdeaOrder, challenge: BlindChallenge, who: Pick<ContentViewer, 'curates'>): IdeaOrder {
    return order === IdeaOrder.TOP && this.hidden(challenge, who) ? IdeaOrder.NEWEST : order;
  },

  /**
   * Whether a live event may go to `who`. `blind` is said by the publisher (counts hidden from
   * non-curators when it happened). A vote change names the idea voted on: while blind it goes to
   * curators and to the voter (it tells them nothing they did not do) only.
   */
  eventVisible(
    event: { kind: ActivityKind; blind?: boolean; actorId?: string },
    who: ContentViewer,
  ): boolean {
    if (event.kind !== ActivityKind.VOTES_CHANGED || !event.blind || who.curates) return true;
    return who.viewer !== null && event.actorId === who.viewer.id;
  },
};
