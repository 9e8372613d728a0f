import { LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';

/**
 * Checks the board makes before hiding, reporting or adding a resource, with the limits the API
 * applies (LIMITS from the shared domain library); the API remains the judge.
 */

/** Counted as people count characters (an emoji is one). */
const length = (value: string) => [...value].length;

export const REASON_MIN = LIMITS.moderation.reasonMin;
export const REASON_MAX = LIMITS.moderation.reasonMax;
export const RESOURCE_TITLE_MIN = LIMITS.resource.titleMin;
export const RESOURCE_TITLE_MAX = LIMITS.resource.titleMax;
export const RESOURCE_URL_MAX = LIMITS.resource.urlMax;

/** Why content is hidden or reported: said to its author, or read by the facilitation team. */
export function checkReason(value: string): MessageRef | null {
  const size = length(value.trim());
  if (size === 0) return message('curation.errors.reasonRequired');
  if (size < REASON_MIN) return message('curation.errors.reasonTooShort', { min: REASON_MIN });
  if (size > REASON_MAX) return message('curation.errors.reasonTooLong', { max: REASON_MAX });
  return null;
}

export function checkResourceTitle(value: string): MessageRef | null {
  const size = length(value.trim());
  if (size === 0) return message('resources.errors.titleRequired');
  if (size < RESOURCE_TITLE_MIN || size > RESOURCE_TITLE_MAX) {
    return message('resources.errors.titleRule', { min: RESOURCE_TITLE_MIN, max: RESOURCE_TITLE_MAX });
  }
  return null;
}

/** A resource's address: a whole http(s) address, nothing else (javascript:, mailto:, relative). */
export function checkResourceUrl(value: string): MessageRef | null {
  const text = value.trim();
  if (text === '') return message('resources.errors.urlRequired');
  if (length(text) > RESOURCE_URL_MAX)
    return message('resources.errors.urlTooLong', { max: RESOURCE_URL_MAX });
  try {
    const url = new URL(text);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname && !url.username) return null;
  } catch {
    // Not an address at all: said below.
  }
  return message('resources.errors.urlInvalid');
}
