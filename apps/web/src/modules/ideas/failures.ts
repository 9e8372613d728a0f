import { ErrorCode } from '@ouimake/domain';
import { findApiError } from '../../shared/apiErrors';
import { actionRefusal, type FormRefusal, formRefusal } from '../../shared/formRefusal';
import { message, type MessageRef } from '../../shared/Message';
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN, COMMENT_MAX } from './validation';

export const IDEA_FIELDS = ['title', 'body'] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

const ideaFieldMessages: Record<IdeaField, () => MessageRef> = {
  title: () => message('ideas.errors.titleRule', { min: IDEA_TITLE_MIN, max: IDEA_TITLE_MAX }),
  body: () => message('ideas.errors.bodyTooLong', { max: IDEA_BODY_MAX }),
};

/** Codes that say something specific about ideas and votes; the rest reads as any refusal. */
function ideaRefusalMessage(error: unknown): MessageRef | null {
  if (findApiError(error, ErrorCode.VOTE_BUDGET_EXCEEDED)) return message('ideas.errors.budgetExceeded');
  if (findApiError(error, ErrorCode.VOTING_NOT_OPEN)) return message('ideas.errors.votingNotOpen');
  if (findApiError(error, ErrorCode.IDEAS_NOT_OPEN)) return message('ideas.errors.ideasNotOpen');
  if (findApiError(error, ErrorCode.CHALLENGE_NOT_OPEN)) return message('ideas.errors.challengeNotOpen');
  return null;
}

/** The API's refusal of the idea form (propose or edit). */
export function ideaFormRefusal(error: unknown): FormRefusal<IdeaField> {
  const refusal = formRefusal(error, ideaFieldMessages);
  const specific = ideaRefusalMessage(error);
  return specific ? { ...refusal, form: specific } : refusal;
}

/** Why a vote, a withdrawal or a comment was refused, in one line. */
export function ideaActionRefusal(error: unknown): MessageRef {
  if (findApiError(error, ErrorCode.CONFLICT)) return message('ideas.errors.conflict');
  if (findApiError(error, ErrorCode.BAD_USER_INPUT))
    return message('comments.errors.tooLong', { max: COMMENT_MAX });
  return ideaRefusalMessage(error) ?? actionRefusal(error);
}
