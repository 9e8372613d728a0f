import { ErrorCode } from '@ouimake/domain';
import { findApiError } from '../../shared/apiErrors';
import { type FormRefusal, formRefusal } from '../../shared/formRefusal';
import { message } from '../../shared/Message';
import { ROUND_MINUTES_MAX, ROUND_MINUTES_MIN } from './roundRules';

const roundFieldMessages = {
  minutes: () => message('brainstorm.errors.minutesRule', { min: ROUND_MINUTES_MIN, max: ROUND_MINUTES_MAX }),
};

/** The API's refusal to start a round: the duration under its field, the rest above the buttons. */
export function startRoundRefusal(error: unknown): FormRefusal<'minutes'> {
  const refusal = formRefusal(error, roundFieldMessages);
  if (findApiError(error, ErrorCode.CHALLENGE_NOT_OPEN)) {
    return { ...refusal, form: message('brainstorm.errors.challengeNotOpen') };
  }
  return refusal;
}
