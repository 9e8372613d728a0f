import { ErrorCode } from '@ouimake/domain';
import { findApiError } from '../../shared/apiErrors';
import { actionRefusal, type FormRefusal, formRefusal } from '../../shared/formRefusal';
import { message, type MessageRef } from '../../shared/Message';
import { REASON_MAX, REASON_MIN, RESOURCE_TITLE_MAX, RESOURCE_TITLE_MIN } from './validation';

/** Why a curator's act on an idea (a status, a merge, showing it again) was refused, in one line. */
export function curationRefusal(error: unknown): MessageRef {
  const bad = findApiError(error, ErrorCode.BAD_USER_INPUT);
  if (bad && (bad.field === 'sourceId' || bad.field === 'targetId')) {
    return message('curation.errors.mergeRefused');
  }
  // The idea was merged meanwhile: only the idea it went into is curated now.
  if (findApiError(error, ErrorCode.CONFLICT)) return message('curation.errors.merged');
  return actionRefusal(error);
}

/** A refusal of a form whose one field is a reason (hiding, reporting). */
export function reasonRefusal(error: unknown): FormRefusal<'reason'> {
  return formRefusal(error, {
    reason: () => message('curation.errors.reasonRule', { min: REASON_MIN, max: REASON_MAX }),
  });
}

export type ResourceField = 'title' | 'url';

/** The API's refusal of the resource form: a title or an address it will not keep, or too many. */
export function resourceRefusal(error: unknown): FormRefusal<ResourceField> {
  const refusal = formRefusal<ResourceField>(error, {
    title: () => message('resources.errors.titleRule', { min: RESOURCE_TITLE_MIN, max: RESOURCE_TITLE_MAX }),
    url: () => message('resources.errors.urlInvalid'),
  });
  return findApiError(error, ErrorCode.CONFLICT)
    ? { ...refusal, form: message('resources.errors.full') }
    : refusal;
}
