import { Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@ouimake/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Message, type MessageRef } from '../../../shared/Message';
import { tokenStore, WITHOUT_TOKEN } from '../../../shared/tokenStore';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { SubmitButton } from '../../../ui/SubmitButton';
import { accountFailure } from '../failures';
import { fieldProps } from '../../../shared/formFields';
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
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [emailTaken, setEmailTaken] = useState(false);
  const [signUp] = useMutation(SignUpMutation, { context: WITHOUT_TOKEN });
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

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async ({ email, password, displayName, city }) => {
      const input = {
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        // The language of their emails: the board's, at sign-up.
        language: i18n.language.startsWith('en') ? 'en' : 'fr',
        ...(city.trim() ? { city: city.trim() } : {}),
      };
      const { data } = await signUp({ variables: { input } });
      if (!data) throw new Error('signUp answered without data');
      tokenStore.set(data.signUp.token);
      await navigate(next, { replace: true });
    },
    refusal: (error) => accountFailure(error, 'signUp'),
    onRefused: ({ fields }) => setEmailTaken(fields.email?.key === 'form.errors.emailTaken'),
    leavesOnSuccess: true,
  });

  const emailError = form.errors['email'];

  return (
    <form onSubmit={onSubmit} noValidate>
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
        <Text size="sm" c="ink.7">
          {t('personalData.signUp.consent')}{' '}
          <Anchor component={Link} to="/privacy" target="_blank" fz="inherit" fw={700}>
            {t('personalData.signUp.privacyLink')}
          </Anchor>
        </Text>
        <FormFailure failure={failure} />
        <SubmitButton busy={submitting}>{t('signUp.submit')}</SubmitButton>
      </Stack>
    </form>
  );
}
