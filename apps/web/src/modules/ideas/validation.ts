import { LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';

/** Counted as people count characters (an emoji is one). */
const length = (value: string) => [...value].length;

export const IDEA_TITLE_MIN = LIMITS.idea.titleMin;
export const IDEA_TITLE_MAX = LIMITS.idea.titleMax;
export const IDEA_BODY_MAX = LIMITS.idea.bodyMax;
export const COMMENT_MAX = LIMITS.comment.bodyMax;

export function checkIdeaTitle(value: string): MessageRef | null {
  const title = value.trim();
  if (title === '') return message('ideas.errors.titleRequired');
  if (length(title) < IDEA_TITLE_MIN) return message('ideas.errors.titleTooShort', { min: IDEA_TITLE_MIN });
  if (length(title) > IDEA_TITLE_MAX) return message('ideas.errors.titleTooLong', { max: IDEA_TITLE_MAX });
  return null;
}

export function checkIdeaBody(value: string): MessageRef | null {
  return length(value) > IDEA_BODY_MAX ? message('ideas.errors.bodyTooLong', { max: IDEA_BODY_MAX }) : null;
}

export function checkComment(value: string): MessageRef | null {
  if (value.trim() === '') return message('comments.errors.required');
  if (length(value) > COMMENT_MAX) return message('comments.errors.tooLong', { max: COMMENT_MAX });
  return null;
}
