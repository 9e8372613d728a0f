import { Anchor, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Message, type MessageRef } from '../../../shared/Message';
import { tokenStore, WITHOUT_TOKEN } from '../../../shared/tokenStore';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { SubmitButton } from '../../../ui/SubmitButton';
import { accountFailure } from '../failures';
import { fieldProps } from '../../../shared/formFields';
import { SignInMutation } from '../graphql/SignIn.mutation';
import { checkCurrentPassword, checkEmail } from '../validation';
import { FormFailure } from '../../../ui/FormFailure';
import { PasswordField } from './PasswordField';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['email', 'password'] as const;

export interface SignInFormProps {
  /** Where to go once signed in. */
  next: string;
}

/** Email and password; on success the token is kept and the person goes on to `next`. */
export function SignInForm({ next }: SignInFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Sent without any old token: a revoked one must not make the API refuse the sign-in itself.
  const [signIn] = useMutation(SignInMutation, { context: WITHOUT_TOKEN });
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => show(checkEmail(value)),
      password: (value) => show(checkCurrentPassword(value)),
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async ({ email, password }) => {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) throw new Error('signIn answered without data');
      tokenStore.set(data.signIn.token);
      await navigate(next, { replace: true });
    },
    refusal: (error) => accountFailure(error, 'signIn'),
    leavesOnSuccess: true,
  });

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
        <PasswordField
          {...fieldProps(form, 'password')}
          label={t('form.password')}
          autoComplete="current-password"
          required
        />
        <Anchor component={Link} to="/forgot-password" size="sm" fw={700} mt={-8}>
          {t('notifications.forgot.link')}
        </Anchor>
        <FormFailure failure={failure} />
        <SubmitButton busy={submitting}>{t('signIn.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
