import { LIMITS } from '@ouimake/domain';
import { type FormRefusal, formRefusal } from '../../shared/formRefusal';
import { message, type MessageRef } from '../../shared/Message';

/** The fields of the challenge form that the API may name in `extensions.field`. */
export const CHALLENGE_FIELDS = [
  'title',
  'description',
  'themes',
  'city',
  'voteBudget',
  'blindVoting',
  'closesAt',
] as const;
export type ChallengeField = (typeof CHALLENGE_FIELDS)[number];

const challengeFieldMessages: Record<ChallengeField, () => MessageRef> = {
  title: () =>
    message('challengeForm.errors.titleRule', {
      min: LIMITS.challenge.titleMin,
      max: LIMITS.challenge.titleMax,
    }),
  description: () =>
    message('challengeForm.errors.descriptionRule', { max: LIMITS.challenge.descriptionMax }),
  themes: () => message('challengeForm.errors.themesUnknown'),
  city: () => message('form.errors.cityTooLong', { max: LIMITS.user.cityMax }),
  voteBudget: () =>
    message('challengeForm.errors.voteBudgetRule', {
      min: LIMITS.challenge.voteBudgetMin,
      max: LIMITS.challenge.voteBudgetMax,
    }),
  blindVoting: () => message('form.errors.unknown'),
  closesAt: () => message('challengeForm.errors.closesAtPast'),
};

/** The API's refusal of the challenge form. */
export function challengeFormRefusal(error: unknown): FormRefusal<ChallengeField> {
  return formRefusal(error, challengeFieldMessages);
}
