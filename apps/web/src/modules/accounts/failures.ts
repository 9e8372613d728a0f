import { ErrorCode, LIMITS } from '@ouimake/domain';
import { apiErrors } from '../../shared/apiErrors';
import { message, type MessageRef } from '../../shared/Message';
import { PROFILE_LIMITS } from './validation';

/** The fields of the account forms that the API may name in `extensions.field`. */
export type AccountField = 'email' | 'password' | 'displayName' | 'city' | 'bio';

/** What to show after the API refused an account form: under fields, or above the button. */
export interface AccountFailure {
  fields: Partial<Record<AccountField, MessageRef>>;
  form: MessageRef | null;
}

const fieldMessages: Record<AccountField, () => MessageRef> = {
  email: () => message('form.errors.emailInvalid'),
  password: () =>
    message('form.errors.passwordRule', { min: LIMITS.user.passwordMin, max: LIMITS.user.passwordMax }),
  displayName: () =>
    message('form.errors.displayNameRule', {
      min: LIMITS.user.displayNameMin,
      max: LIMITS.user.displayNameMax,
    }),
  city: () => message('form.errors.cityTooLong', { max: PROFILE_LIMITS.cityMax }),
  bio: () => message('form.errors.bioTooLong', { max: PROFILE_LIMITS.bioMax }),
};

/** The account forms, and the fields each has. */
export const ACCOUNT_FORMS = {
  signIn: ['email', 'password'],
  signUp: ['email', 'password', 'displayName', 'city'],
  profile: ['displayName', 'city', 'bio'],
} as const satisfies Record<string, readonly AccountField[]>;

export type AccountForm = keyof typeof ACCOUNT_FORMS;

function isAccountField(field: string | null, fields: readonly AccountField[]): field is AccountField {
  return field !== null && (fields as readonly string[]).includes(field);
}

/**
 * Reads the API's refusal of an account form: an error naming one of the form's fields goes under
 * it, anything else above the button.
 */
export function accountFailure(error: unknown, form: AccountForm): AccountFailure {
  const fields: readonly AccountField[] = ACCOUNT_FORMS[form];
  const errors = apiErrors(error);
  const failure: AccountFailure = { fields: {}, form: null };
  if (errors.length === 0) {
    failure.form = message('form.errors.network');
    return failure;
  }
  for (const { code, field, retryAfterSeconds } of errors) {
    if (code === ErrorCode.BAD_USER_INPUT && isAccountField(field, fields)) {
      failure.fields[field] = fieldMessages[field]();
    } else if (code === ErrorCode.CONFLICT && field === 'email' && fields.includes('email')) {
      failure.fields.email = message('form.errors.emailTaken');
    } else if (code === ErrorCode.UNAUTHENTICATED) {
      // Signing in: wrong email or password (the API does not say which). Elsewhere: the session
      // ended, and the board is already signing out.
      failure.form =
        form === 'signIn' ? message('signIn.wrongCredentials') : message('form.errors.sessionEnded');
    } else if (code === ErrorCode.RATE_LIMITED) {
      failure.form = retryAfterSeconds
        ? message('form.errors.rateLimitedFor', { count: Math.ceil(retryAfterSeconds / 60) })
        : message('form.errors.rateLimited');
    } else if (code === ErrorCode.FORBIDDEN) {
      failure.form = message('form.errors.forbidden');
    } else {
      failure.form ??= message('form.errors.unknown');
    }
  }
  return failure;
}
