import { DomainError } from '../graphql/domain-error';

/** Length in characters as people count them (code points, not UTF-16 units). */
export const length = (s: string): number => [...s].length;

/** Required text: trimmed, between min and max characters, else BAD_USER_INPUT on `field`. */
export function requiredText(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (length(trimmed) < min || length(trimmed) > max) {
    throw DomainError.badInput(
      field,
      min > 1 ? `Between ${min} and ${max} characters, please.` : `Required, at most ${max} characters.`,
    );
  }
  return trimmed;
}

/** Optional free text: trimmed, blank becomes null, too long is BAD_USER_INPUT on `field`. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
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
