import { LIMITS } from '@ouimake/domain';
import { message, type MessageRef } from '../../shared/Message';

/**
 * Checks the board makes before sending an account form, with the limits the API applies (LIMITS
 * from the shared domain library). The API remains the judge: its refusals are shown the same way.
 * Each check returns the message to show under the field, or null when the value is fine.
 */

/** What the API accepts for a city and a bio (UpdateProfileInput). */
export const PROFILE_LIMITS = { cityMax: 80, bioMax: 2_000 } as const;

// Something@something.something, without spaces: enough to catch a slip; the API decides.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: string): MessageRef | null {
  const email = value.trim();
  if (email === '') return message('form.errors.emailRequired');
  if (!EMAIL.test(email)) return message('form.errors.emailInvalid');
  return null;
}

/** Signing in: any password that was accepted once may be typed; only an empty one is refused. */
export function checkCurrentPassword(value: string): MessageRef | null {
  return value === '' ? message('form.errors.passwordRequired') : null;
}

/** Choosing a password: LIMITS.user.passwordMin to passwordMax characters. */
export function checkNewPassword(value: string): MessageRef | null {
  const { passwordMin, passwordMax } = LIMITS.user;
  if (value === '') return message('form.errors.passwordRequired');
  if ([...value].length < passwordMin) return message('form.errors.passwordTooShort', { min: passwordMin });
  if ([...value].length > passwordMax) return message('form.errors.passwordTooLong', { max: passwordMax });
  return null;
}

export function checkDisplayName(value: string): MessageRef | null {
  const { displayNameMin, displayNameMax } = LIMITS.user;
  const length = [...value.trim()].length;
  if (length === 0) return message('form.errors.displayNameRequired');
  if (length < displayNameMin) return message('form.errors.displayNameTooShort', { min: displayNameMin });
  if (length > displayNameMax) return message('form.errors.displayNameTooLong', { max: displayNameMax });
  return null;
}

export function checkCity(value: string): MessageRef | null {
  return [...value.trim()].length > PROFILE_LIMITS.cityMax
    ? message('form.errors.cityTooLong', { max: PROFILE_LIMITS.cityMax })
    : null;
}

export function checkBio(value: string): MessageRef | null {
  return [...value].length > PROFILE_LIMITS.bioMax
    ? message('form.errors.bioTooLong', { max: PROFILE_LIMITS.bioMax })
    : null;
}
