import { useMutation } from '@apollo/client/react';
import { Alert, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps } from '../../../shared/formFields';
import { formRefusal } from '../../../shared/formRefusal';
import { fieldMessage, message } from '../../../shared/Message';
import { WITHOUT_TOKEN } from '../../../shared/tokenStore';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { checkEmail } from '../../accounts/validation';
import { RequestPasswordResetMutation } from '../graphql/EmailAccount.mutations';

const order = ['email'] as const;

/** The address to send a reset link to; the same confirmation whether or not it has an account. */
export function ForgotPasswordForm({ initialEmail = '' }: { initialEmail?: string }) {
  const { t, i18n } = useTranslation();
  const [request] = useMutation(RequestPasswordResetMutation, { context: WITHOUT_TOKEN });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: { email: (value) => fieldMessage(checkEmail(value)) },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async ({ email }) => {
      const address = email.trim();
      await request({
        variables: { email: address, language: i18n.language.startsWith('en') ? 'en' : 'fr' },
      });
      setSentTo(address);
    },
    refusal: (error) => formRefusal(error, { email: () => message('form.errors.emailInvalid') }),
  });

  if (sentTo !== null) {
    return (
      <Alert
        color="sun"
        variant="light"
        c="ink.9"
        icon={<IconMailCheck aria-hidden="true" />}
        title={t('notifications.forgot.sentTitle')}
        role="status"
      >
        {t('notifications.forgot.sentBody', { email: sentTo })}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <TextInput
          {...fieldProps(form, 'email')}
          label={t('form.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          size="md"
        />
        <FormFailure failure={failure} />
        <SubmitButton busy={submitting}>{t('notifications.forgot.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
