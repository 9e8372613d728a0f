import { Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@ouimake/domain';
import { useMutation } from '@apollo/client/react';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { type FragmentType, getFragmentData } from '../../../gql';
import { SubmitButton } from '../../../ui/SubmitButton';
import { accountFailure } from '../failures';
import { fieldProps } from '../../../shared/formFields';
import { ProfileFormFragment } from '../graphql/ProfileForm.fragment';
import { UpdateProfileMutation } from '../graphql/UpdateProfile.mutation';
import { checkBio, checkCity, checkDisplayName, PROFILE_LIMITS } from '../validation';
import { FormFailure } from '../../../ui/FormFailure';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['displayName', 'city', 'bio'] as const;

interface ProfileValues {
  displayName: string;
  city: string;
  bio: string;
}

/** The signed-in person edits what others see of them: their name, city and introduction. */
export function ProfileForm(props: { user: FragmentType<typeof ProfileFormFragment> }) {
  const user = getFragmentData(ProfileFormFragment, props.user);
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [updateProfile] = useMutation(UpdateProfileMutation);
  const form = useForm<ProfileValues>({
    initialValues: { displayName: user.displayName, city: user.city ?? '', bio: user.bio ?? '' },
    validate: {
      displayName: (value) => show(checkDisplayName(value)),
      city: (value) => show(checkCity(value)),
      bio: (value) => show(checkBio(value)),
    },
    onValuesChange: () => setSaved(false),
  });
  const bioLeft = PROFILE_LIMITS.bioMax - [...form.values.bio].length;

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async ({ displayName, city, bio }) => {
      setSaved(false);
      // An emptied city or introduction is sent as null: "I have none".
      const input = {
        displayName: displayName.trim(),
        city: city.trim() === '' ? null : city.trim(),
        bio: bio.trim() === '' ? null : bio,
      };
      const { data } = await updateProfile({ variables: { input } });
      if (!data) throw new Error('updateProfile answered without data');
      const kept = getFragmentData(ProfileFormFragment, data.updateProfile);
      const values = { displayName: kept.displayName, city: kept.city ?? '', bio: kept.bio ?? '' };
      form.setInitialValues(values);
      form.setValues(values);
      setSaved(true);
    },
    refusal: (error) => accountFailure(error, 'profile'),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <TextInput
          {...fieldProps(form, 'displayName')}
          label={t('form.displayName')}
          description={t('form.displayNameHint', {
            min: LIMITS.user.displayNameMin,
            max: LIMITS.user.displayNameMax,
          })}
          autoComplete="nickname"
          maxLength={LIMITS.user.displayNameMax}
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
        <Stack gap={4}>
          <Textarea
            {...fieldProps(form, 'bio')}
            label={t('profile.bio')}
            description={t('profile.bioHint')}
            autosize
            minRows={5}
            maxRows={16}
            size="md"
          />
          <Text size="sm" c={bioLeft < 0 ? 'red.8' : 'ink.7'} ta="end">
            {bioLeft < 0
              ? t('profile.charactersOver', { count: -bioLeft })
              : t('profile.charactersLeft', { count: bioLeft })}
          </Text>
        </Stack>
        <FormFailure failure={failure} />
        <Group gap="md">
          <SubmitButton busy={submitting}>{t('profile.save')}</SubmitButton>
          <Text role="status" fw={700} c="green.9" span>
            {saved && (
              <Group gap={6} component="span">
                <IconCircleCheck size={22} aria-hidden="true" />
                {t('profile.saved')}
              </Group>
            )}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
