import { ErrorCode } from '@ouimake/domain';
import { apiErrors } from './apiErrors';
import { message, type MessageRef } from './Message';

/** What to show after the API refused a form: under its fields, or above its buttons. */
export interface FormRefusal<Field extends string> {
  fields: Partial<Record<Field, MessageRef>>;
  form: MessageRef | null;
}

/**
 * Reads a refusal the API gave to a form: BAD_USER_INPUT naming one of `fields` goes under that
 * field (with `fieldMessages`), anything else above the buttons, in words about the whole action.
 */
export function formRefusal<Field extends string>(
  error: unknown,
  fieldMessages: Record<Field, () => MessageRef>,
): FormRefusal<Field> {
  const refusal: FormRefusal<Field> = { fields: {}, form: null };
  const errors = apiErrors(error);
  if (errors.length === 0) {
    refusal.form = message('form.errors.network');
    return refusal;
  }
  for (const { code, field } of errors) {
    if (code === ErrorCode.BAD_USER_INPUT && field !== null && field in fieldMessages) {
      refusal.fields[field as Field] = fieldMessages[field as Field]();
    } else if (code === ErrorCode.UNAUTHENTICATED) {
      refusal.form = message('form.errors.sessionEnded');
    } else if (code === ErrorCode.FORBIDDEN) {
      refusal.form = message('form.errors.forbidden');
    } else if (code === ErrorCode.NOT_FOUND) {
      refusal.form = message('form.errors.notFound');
    } else if (code === ErrorCode.CHALLENGE_NOT_OPEN) {
      refusal.form = message('challengeForm.errors.closed');
    } else if (code === ErrorCode.CONFLICT) {
      refusal.form = message('form.errors.conflict');
    } else if (code === ErrorCode.RATE_LIMITED) {
      refusal.form = message('form.errors.slowDown');
    } else {
      refusal.form ??= message('form.errors.unknown');
    }
  }
  return refusal;
}

/** What a refused action (publish, close, reopen, follow) says, in one line. */
export function actionRefusal(error: unknown): MessageRef {
  const refusal = formRefusal<never>(error, {} as Record<never, () => MessageRef>);
  return refusal.form ?? message('form.errors.unknown');
}
