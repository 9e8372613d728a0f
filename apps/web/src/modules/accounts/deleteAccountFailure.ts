import { ErrorCode } from '@ouimake/domain';
import { apiErrors } from '../../shared/apiErrors';
import type { FormRefusal } from '../../shared/formRefusal';
import { message } from '../../shared/Message';
import { accountFailure } from './failures';

/**
 * Reads the API's refusal of deleteAccount: a wrong password goes under the field; the last admin
 * is told what to do first; anything else as any account form would say it.
 */
export function deleteAccountFailure(error: unknown): FormRefusal<'password'> {
  const errors = apiErrors(error);
  if (errors.some((e) => e.code === ErrorCode.BAD_USER_INPUT && e.field === 'password')) {
    return { fields: { password: message('personalData.deleteAccount.wrongPassword') }, form: null };
  }
  if (errors.some((e) => e.code === ErrorCode.CONFLICT)) {
    return { fields: {}, form: message('personalData.deleteAccount.lastAdmin') };
  }
  return { fields: {}, form: accountFailure(error, 'profile').form ?? message('form.errors.unknown') };
}
