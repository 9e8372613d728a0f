import type { IdeaStatus } from '@ouimake/domain';

/**
 * What curation tells the rest of the board, in the transaction of the act (notifications listen).
 * Each names the idea's author so that a listener needs no query to know whom it concerns.
 */
export interface IdeaStatusChanged {
  type: 'idea.statusChanged';
  ideaId: string;
  challengeId: string;
  authorId: string;
  from: IdeaStatus;
  to: IdeaStatus;
  actorId: string;
}

export interface IdeaMerged {
  type: 'idea.merged';
  sourceId: string;
  targetId: string;
  challengeId: string;
  authorId: string;
  actorId: string;
}

export interface ContentHidden {
  type: 'idea.hidden' | 'comment.hidden';
  id: string;
  challengeId: string;
  authorId: string;
  reason: string;
  /** Null when three reports hid it pending review. */
  actorId: string | null;
}

export type CurationEvent = IdeaStatusChanged | IdeaMerged | ContentHidden;
