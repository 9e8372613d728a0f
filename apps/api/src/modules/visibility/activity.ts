import type { ActivityKind } from '@ouimake/domain';
import { BlindCounts } from './blind-counts';
import type { ContentViewer } from './content-viewer';
import { HiddenContent } from './hidden-content';

/** The facts a live event carries so that receivers are filtered without a query. */
export interface ActivityFacts {
  kind: ActivityKind;
  actorId?: string;
  /** The idea (or comment) it is about is hidden, written by `authorId`. */
  hidden?: boolean;
  authorId?: string;
  /** Vote counts were blind for non-curators when it happened. */
  blind?: boolean;
  /**
   * The idea or comment by `authorId` left the view of those who may not see hidden content: the
   * event goes to them only (the others still see it, marked hidden).
   */
  removal?: boolean;
}

/** Whether a live event may be delivered to `who`: every visibility rule that applies to it. */
export function activityVisible(event: ActivityFacts, who: ContentViewer): boolean {
  if (event.removal) return !HiddenContent.visible({ hidden: true, authorId: event.authorId ?? '' }, who);
  if (event.hidden && !HiddenContent.visible({ hidden: true, authorId: event.authorId ?? '' }, who))
    return false;
  return BlindCounts.eventVisible(event, who);
}
