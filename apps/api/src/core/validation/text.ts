import { DomainError } from '../graphql/domain-error';

/** Length in characters as people count them (code points, not UTF-16 units). */
export const length = (s: string): number => [...s].length;

/** Half of a UTF-16 surrogate pair standing alone: not a character, and not valid UTF-8 either. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** What shows nothing: format characters (zero-width, bidi marks, soft hyphen), fillers, spaces. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Z}\s\u2800]/gu;
/** Control characters; bodies may keep tabs and line breaks. */
const CONTROL = /\p{Cc}/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidi embeddings, overrides and isolates, which can make a title read other than it is stored. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_SEPARATORS = /[\u2028\u2029]/;

/** Fields that hold secrets or opaque tokens: checked to be valid Unicode, otherwise kept as sent. */
const OPAQUE_FIELDS = new Set(['password', 'token', 'after', 'before', 'cursor']);
/** Fields written over several lines (Markdown bodies, descriptions): line breaks and tabs allowed. */
export const MULTILINE_FIELDS = new Set([
  'body',
  'bio',
  'description',
  'note',
  'outcome',
  'reason',
  'report',
  'summary',
  'text',
  'address',
]);

/** The last name of a field path: `venues.0.name` is a `name`. */
const leaf = (field: string): string =>
  field
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop() ?? field;

/** True when nothing would be seen of the text: only spaces and invisible characters. */
export const isInvisible = (value: string): boolean => value.replace(INVISIBLE, '') === '';

/**
 * Why a text sent in `field` is refused, or null: lone surrogates (invalid UTF-16) anywhere; in
 * every field but secrets, text made only of invisible characters, and control characters (bodies
 * keep line breaks and tabs); in single-line fields (titles, names, cities...) also line breaks and
 * bidi overrides. Emoji and every script people write are welcome.
 */
export function textProblem(value: string, field: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'This text is not valid Unicode (a lone surrogate).';
  const name = leaf(field);
  if (OPAQUE_FIELDS.has(name)) return null;
  if (value !== '' && isInvisible(value) && value.trim() !== '') {
    return 'This text shows nothing: write some visible characters.';
  }
  if (MULTILINE_FIELDS.has(name)) {
    if (CONTROL_EXCEPT_LINES.test(value)) return 'This text may not contain control characters.';
    return null;
  }
  if (CONTROL.test(value) || LINE_SEPARATORS.test(value)) {
    return 'This text fits on one line, without control characters.';
  }
  if (BIDI_CONTROL.test(value)) return 'This text may not contain bidirectional override characters.';
  return null;
}

/** Text as stored: NFC, so that "é" typed two ways is one text; secrets are kept as sent. */
export function normalizeText(value: string, field: string): string {
  return OPAQUE_FIELDS.has(leaf(field)) ? value : value.normalize('NFC');
}

/** Refuses with BAD_USER_INPUT on `field` what {@link textProblem} finds, and normalises the rest. */
export function checkedText(value: string, field: string): string {
  const problem = textProblem(value, field);
  if (problem) throw DomainError.badInput(field, problem);
  return normalizeText(value, field);
}

/**
 * Required text: checked (see {@link textProblem}), NFC, trimmed, between min and max characters,
 * else BAD_USER_INPUT on `field`.
 */
export function requiredText(value: string, field: string, min: number, max: number): string {
  const trimmed = checkedText(value, field).trim();
  if (length(trimmed) < min || length(trimmed) > max) {
    throw DomainError.badInput(
      field,
      min > 1 ? `Between ${min} and ${max} characters, please.` : `Required, at most ${max} characters.`,
    );
  }
  return trimmed;
}

/**
 * Optional free text: checked (see {@link textProblem}), NFC, trimmed; blank becomes null, too long
 * is BAD_USER_INPUT on `field`.
 */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = checkedText(value, field).trim();
  if (trimmed === '') return null;
  if (length(trimmed) > max) throw DomainError.badInput(field, `At most ${max} characters.`);
  return trimmed;
}

/** An http(s) URL or null. */
export function optionalUrl(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 500);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw DomainError.badInput(field, 'Enter a full address starting with http:// or https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw DomainError.badInput(field, 'Enter a full address starting with http:// or https://.');
  }
  return url.toString();
}
