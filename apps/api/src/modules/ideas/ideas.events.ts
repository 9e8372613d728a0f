/** Raised in the transaction of the act, for the notifications. */
export interface IdeaProposed {
  type: 'idea.proposed';
  ideaId: string;
  challengeId: string;
  authorId: string;
}

export interface CommentAdded {
  type: 'comment.added';
  commentId: string;
  ideaId: string;
  challengeId: string;
  authorId: string;
  /** The idea is hidden: only who may see it is told. */
  ideaHidden: boolean;
}
