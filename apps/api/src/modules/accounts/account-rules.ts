import { LIMITS } from '@ouimake/domain';
import { isEmail } from 'class-validator';
import { DomainError } from '../../core/graphql/domain-error';
export { optionalText } from '../../core/validation/text';

export const BIO_MAX = LIMITS.user.bioMax;
export const CITY_MAX = LIMITS.user.cityMax;

/** Trimmed and lower-cased: how emails are stored and compared. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > 254 || !isEmail(normalized)) {
    throw DomainError.badInput('email', 'Enter a valid email address.');
  }
  return normalized;
}

export function checkPassword(password: string): string {
  const { passwordMin, passwordMax } = LIMITS.user;
  if ([...password].length < passwordMin || [...password].length > passwordMax) {
    throw DomainError.badInput(
      'password',
      `The password must be ${passwordMin} to ${passwordMax} characters long.`,
    );
  }
  return password;
}

export function checkDisplayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const { displayNameMin, displayNameMax } = LIMITS.user;
  if ([...trimmed].length < displayNameMin || [...trimmed].length > displayNameMax) {
    throw DomainError.badInput(
      'displayName',
      `The name must be ${displayNameMin} to ${displayNameMax} characters long.`,
    );
  }
  return trimmed;
}
