import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';

import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LIMITS } from '@ouimake/domain';
import { fieldProps } from '../../../shared/formFields';
import { formRefusal } from '../../../shared/formRefusal';
import { fieldMessage, message } from '../../../shared/Message';
import { tokenStore, WITHOUT_TOKEN } from '../../../shared/tokenStore';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { PasswordField } from '../../accounts/components/PasswordField';
import { checkNewPassword } from '../../accounts/validation';
import { ResetPasswordMutation } from '../graphql/EmailAccount.mutations';

const order = ['password', 'confirm'] as const;

export interface ResetPasswordFormProps {
  token: string;
  /** The link was used or expired: the page says so and offers a new one. */
  onInvalidLink: () => void;
}

/** A new password, twice; on success the person is signed in with it and goes home. */
export function ResetPasswordForm({ token, onInvalidLink }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reset] = useMutation(ResetPasswordMutation, { context: WITHOUT_TOKEN });
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) => fieldMessage(checkNewPassword(value)),
      confirm: (value, values) =>
        value !== values.password ? fieldMessage(message('notifications.reset.mismatch')) : null,
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async ({ password }) => {
      const { data } = await reset({ variables: { token, password } });
      if (!data) throw new Error('resetPassword answered without data');
      tokenStore.set(data.resetPassword.token);
      await navigate('/', { replace: true });
    },
    refusal: (error) =>
      formRefusal(error, {
        password: () =>
          message('form.errors.passwordRule', { min: LIMITS.user.passwordMin, max: LIMITS.user.passwordMax }),
        token: () => message('notifications.reset.invalidTitle'),
      }),
    onRefused: (refusal) => {
      if ('token' in refusal.fields) onInvalidLink();
    },
    leavesOnSuccess: true,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <PasswordField
          {...fieldProps(form, 'password')}
          label={t('notifications.reset.password')}
          autoComplete="new-password"
          required
        />
        <PasswordField
          {...fieldProps(form, 'confirm')}
          label={t('notifications.reset.confirm')}
          autoComplete="new-password"
          required
        />
        <FormFailure failure={failure} />
        <SubmitButton busy={submitting}>{t('notifications.reset.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
