import { Anchor, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@ouimake/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { WITHOUT_TOKEN } from '../../../app/apollo';
import { Message, type MessageRef } from '../../../app/Message';
import { tokenStore } from '../../../app/tokenStore';
import { SubmitButton } from '../../../ui/SubmitButton';
import { accountFailure } from '../failures';
import { fieldProps, focusFirstError } from '../../../ui/formFields';
import { SignUpMutation } from '../graphql/SignUp.mutation';
import { signInPath } from '../redirect';
import { checkCity, checkDisplayName, checkEmail, checkNewPassword, PROFILE_LIMITS } from '../validation';
import { FormFailure } from '../../../ui/FormFailure';
import { PasswordField } from './PasswordField';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['email', 'password', 'displayName', 'city'] as const;

export interface SignUpFormProps {
  /** Where to go once the account exists. */
  next: string;
}

/** A new account: email, password, the name others see, and optionally a city. */
export function SignUpForm({ next }: SignUpFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [emailTaken, setEmailTaken] = useState(false);
  const [signUp, { loading }] = useMutation(SignUpMutation, { context: WITHOUT_TOKEN });
  const form = useForm({
    initialValues: { email: '', password: '', displayName: '', city: '' },
    validate: {
      email: (value) => show(checkEmail(value)),
      password: (value) => show(checkNewPassword(value)),
      displayName: (value) => show(checkDisplayName(value)),
      city: (value) => show(checkCity(value)),
    },
    onValuesChange: (values, previous) => {
      if (values.email !== previous.email) setEmailTaken(false);
    },
  });
  const { displayNameMin, displayNameMax, passwordMin } = LIMITS.user;

  const submit = form.onSubmit(
    async ({ email, password, displayName, city }) => {
      if (loading) return;
      setFailure(null);
      try {
        const input = {
          email: email.trim(),
          password,
          displayName: displayName.trim(),
          ...(city.trim() ? { city: city.trim() } : {}),
        };
        const { data } = await signUp({ variables: { input } });
        if (!data) throw new Error('signUp answered without data');
        tokenStore.set(data.signUp.token);
        await navigate(next, { replace: true });
      } catch (error) {
        const { fields, form: problem } = accountFailure(error, 'signUp');
        for (const [field, fieldProblem] of Object.entries(fields)) {
          form.setFieldError(field, show(fieldProblem));
        }
        setEmailTaken(fields.email?.key === 'form.errors.emailTaken');
        setFailure(problem);
        focusFirstError(form, order, fields);
      }
    },
    (errors) => focusFirstError(form, order, errors),
  );

  const emailError = form.errors['email'];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <TextInput
          {...fieldProps(form, 'email')}
          error={
            emailError && emailTaken ? (
              <>
                {emailError}{' '}
                <Anchor component={Link} to={signInPath(next)} c="inherit" fz="inherit" fw={700}>
                  {t('signUp.signInInstead')}
                </Anchor>
              </>
            ) : (
              emailError
            )
          }
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
          description={t('form.newPasswordHint', { min: passwordMin })}
          autoComplete="new-password"
          required
        />
        <TextInput
          {...fieldProps(form, 'displayName')}
          label={t('form.displayName')}
          description={t('form.displayNameHint', { min: displayNameMin, max: displayNameMax })}
          autoComplete="nickname"
          maxLength={displayNameMax}
          required
          size="md"
        />
        <TextInput
          {...fieldProps(form, 'city')}
          label={t('form.city')}
          description={t('form.cityHint')}
          autoComplete="address-level2"
          maxLength={PROFILE_LIMITS.cityMax}
          size="md"
        />
        <FormFailure failure={failure} />
        <SubmitButton busy={loading}>{t('signUp.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
