import { LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';

/**
 * Checks the board makes before sending a challenge, with the limits the API applies (LIMITS from
 * the shared domain library). The API remains the judge: its refusals are shown the same way.
 * Each check returns the message to show under the field, or null when the value is fine.
 */

/** Characters as people count them (an emoji is one), as the API counts them. */
const length = (value: string) => [...value].length;

/** A city, on a challenge or a project (the API's limit, the same as a person's city). */
export const CITY_MAX = LIMITS.user.cityMax;

export function checkTitle(value: string): MessageRef | null {
  const { titleMin, titleMax } = LIMITS.challenge;
  const size = length(value.trim());
  if (size === 0) return message('challengeForm.errors.titleRequired');
  if (size < titleMin) return message('challengeForm.errors.titleTooShort', { min: titleMin });
  if (size > titleMax) return message('challengeForm.errors.titleTooLong', { max: titleMax });
  return null;
}

export function checkDescription(value: string): MessageRef | null {
  const max = LIMITS.challenge.descriptionMax;
  const size = length(value.trim());
  if (size === 0) return message('challengeForm.errors.descriptionRequired');
  if (size > max) return message('challengeForm.errors.descriptionTooLong', { max });
  return null;
}

export function checkCity(value: string): MessageRef | null {
  return length(value.trim()) > CITY_MAX ? message('form.errors.cityTooLong', { max: CITY_MAX }) : null;
}

/** A vote budget, when the person chose to limit votes: a whole number from 1 to 100. */
export function checkVoteBudget(value: number | string): MessageRef | null {
  const { voteBudgetMin: min, voteBudgetMax: max } = LIMITS.challenge;
  const budget = typeof value === 'number' ? value : Number(value.trim() === '' ? NaN : value);
  if (!Number.isInteger(budget) || budget < min || budget > max) {
    return message('challengeForm.errors.voteBudgetRule', { min, max });
  }
  return null;
}

/** A closing date from a `datetime-local` field: none, or a moment still to come. */
export function checkClosesAt(value: string, now: number = Date.now()): MessageRef | null {
  if (value.trim() === '') return null;
  const moment = fromLocalInput(value);
  if (moment === null) return message('challengeForm.errors.closesAtInvalid');
  if (new Date(moment).getTime() <= now) return message('challengeForm.errors.closesAtPast');
  return null;
}

/** What a closed challenge came to: required, up to the same length as a description. */
export function checkOutcome(value: string): MessageRef | null {
  const max = LIMITS.challenge.descriptionMax;
  const size = length(value.trim());
  if (size === 0) return message('closeChallenge.errors.outcomeRequired');
  if (size > max) return message('closeChallenge.errors.outcomeTooLong', { max });
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO moment as a `datetime-local` field shows it, in this browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** A `datetime-local` value (this browser's time zone) as an ISO moment; null when malformed. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
