import { LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';
import { type FormRefusal, formRefusal } from '../../shared/formRefusal';

/**
 * Checks the board makes before sending a project, with the limits the API applies (LIMITS from
 * the shared domain library); the API remains the judge, and its refusals land on the same fields.
 */

const length = (value: string) => [...value].length;

/** A project's city (the API's limit, the same as a person's city). */
export const PROJECT_CITY_MAX = LIMITS.user.cityMax;
/** The longest website address the API keeps. */
export const WEBSITE_MAX = 500;

export function checkName(value: string): MessageRef | null {
  const { nameMin, nameMax } = LIMITS.project;
  const size = length(value.trim());
  if (size === 0) return message('projectForm.errors.nameRequired');
  if (size < nameMin) return message('projectForm.errors.nameTooShort', { min: nameMin });
  if (size > nameMax) return message('projectForm.errors.nameTooLong', { max: nameMax });
  return null;
}

export function checkSummary(value: string): MessageRef | null {
  const max = LIMITS.project.summaryMax;
  const size = length(value.trim());
  if (size === 0) return message('projectForm.errors.summaryRequired');
  if (size > max) return message('projectForm.errors.summaryTooLong', { max });
  return null;
}

export function checkProjectDescription(value: string): MessageRef | null {
  const max = LIMITS.project.descriptionMax;
  return length(value.trim()) > max ? message('projectForm.errors.descriptionTooLong', { max }) : null;
}

export function checkProjectCity(value: string): MessageRef | null {
  return length(value.trim()) > PROJECT_CITY_MAX
    ? message('form.errors.cityTooLong', { max: PROJECT_CITY_MAX })
    : null;
}

/** A website: none, or a full http(s) address. */
export function checkWebsite(value: string): MessageRef | null {
  const text = value.trim();
  if (text === '') return null;
  if (length(text) > WEBSITE_MAX) return message('projectForm.errors.websiteTooLong', { max: WEBSITE_MAX });
  try {
    const url = new URL(text);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return null;
  } catch {
    // Not an address at all: said below.
  }
  return message('projectForm.errors.websiteInvalid');
}

/**
 * A website as people type it ("monprojet.fr") made into a full address ("https://monprojet.fr");
 * anything else is left as typed, for checkWebsite to judge.
 */
export function completeWebsite(value: string): string {
  const text = value.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  return /^[^\s/]+\.[^\s/]+/.test(text) ? `https://${text}` : text;
}

export type ProjectField = 'name' | 'summary' | 'description' | 'city' | 'website';

const projectFieldMessages: Record<ProjectField, () => MessageRef> = {
  name: () =>
    message('projectForm.errors.nameRule', { min: LIMITS.project.nameMin, max: LIMITS.project.nameMax }),
  summary: () => message('projectForm.errors.summaryRule', { max: LIMITS.project.summaryMax }),
  description: () => message('projectForm.errors.descriptionTooLong', { max: LIMITS.project.descriptionMax }),
  city: () => message('form.errors.cityTooLong', { max: PROJECT_CITY_MAX }),
  website: () => message('projectForm.errors.websiteInvalid'),
};

/** The API's refusal of the project form. */
export function projectFormRefusal(error: unknown): FormRefusal<ProjectField> {
  return formRefusal(error, projectFieldMessages);
}

/**
 * The person a holder means to add, from what they pasted: a profile address
 * (`https://…/users/<id>`, `/users/<id>`) or the id itself. Null when neither can be read.
 */
export function userIdFrom(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  const fromPath = /(?:^|\/)users\/([A-Za-z0-9-]+)\/?(?:[?#].*)?$/.exec(value);
  if (fromPath) return fromPath[1];
  return /^[A-Za-z0-9-]{8,}$/.test(value) ? value : null;
}
