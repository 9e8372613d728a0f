import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { WITHOUT_TOKEN } from '../../../app/apollo';
import { Message, type MessageRef } from '../../../app/Message';
import { tokenStore } from '../../../app/tokenStore';
import { SubmitButton } from '../../../ui/SubmitButton';
import { accountFailure } from '../failures';
import { fieldProps, focusFirstError } from '../../../ui/formFields';
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
  const [failure, setFailure] = useState<MessageRef | null>(null);
  // Sent without any old token: a revoked one must not make the API refuse the sign-in itself.
  const [signIn, { loading }] = useMutation(SignInMutation, { context: WITHOUT_TOKEN });
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => show(checkEmail(value)),
      password: (value) => show(checkCurrentPassword(value)),
    },
  });

  const submit = form.onSubmit(
    async ({ email, password }) => {
      if (loading) return;
      setFailure(null);
      try {
        const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
        if (!data) throw new Error('signIn answered without data');
        tokenStore.set(data.signIn.token);
        await navigate(next, { replace: true });
      } catch (error) {
        const { fields, form: problem } = accountFailure(error, 'signIn');
        for (const [field, fieldProblem] of Object.entries(fields)) {
          form.setFieldError(field, show(fieldProblem));
        }
        setFailure(problem);
        focusFirstError(form, order, fields);
      }
    },
    (errors) => focusFirstError(form, order, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
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
        <FormFailure failure={failure} />
        <SubmitButton busy={loading}>{t('signIn.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
