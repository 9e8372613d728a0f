import { useMutation } from '@apollo/client/react';
import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode } from '@ouimake/domain';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findApiError } from '../../../shared/apiErrors';
import { actionRefusal } from '../../../shared/formRefusal';
import { message, Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { AddProjectHolderMutation } from '../graphql/AddProjectHolder.mutation';
import { userIdFrom } from '../validation';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

export interface AddHolderFormProps {
  projectId: string;
  /** The people holding the project already, to say so rather than add them twice. */
  holderIds: string[];
}

/**
 * A holder shares the project with someone else. There is no directory of people to pick from:
 * the holder pastes the person's profile address (each profile page shows it), and the id is read
 * from it.
 */
export function AddHolderForm({ projectId, holderIds }: AddHolderFormProps) {
  const { t } = useTranslation();
  const [addHolder] = useMutation(AddProjectHolderMutation);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { profile: '' },
    validate: {
      profile: (value) => {
        const id = userIdFrom(value);
        if (value.trim() === '') return show(message('addHolder.errors.required'));
        if (!id) return show(message('addHolder.errors.unreadable'));
        if (holderIds.includes(id)) return show(message('addHolder.errors.already'));
        return null;
      },
    },
    onValuesChange: () => setAdded(null),
  });

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['profile'],
    send: async ({ profile }) => {
      const userId = userIdFrom(profile);
      if (!userId) return;
      const { data } = await addHolder({ variables: { projectId, userId } });
      const person = data?.addProjectHolder.holders.find((holder) => holder.id === userId);
      form.reset();
      setAdded(person?.displayName ?? '');
    },
    // Nobody has that profile: said under the field. Anything else: above the button.
    refusal: (error) =>
      findApiError(error, ErrorCode.NOT_FOUND)
        ? { fields: { profile: message('addHolder.errors.notFound') }, form: null }
        : { fields: {}, form: actionRefusal(error) },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          {...form.getInputProps('profile')}
          label={t('addHolder.label')}
          description={t('addHolder.hint')}
          placeholder={t('addHolder.placeholder')}
          autoComplete="off"
          spellCheck={false}
          size="md"
        />
        <FormFailure failure={failure} />
        <Group gap="md">
          <SubmitButton
            busy={submitting}
            size="md"
            variant="default"
            leftSection={<IconUserPlus size={20} aria-hidden="true" />}
          >
            {t('addHolder.submit')}
          </SubmitButton>
          <Text role="status" fw={700} c="green.9" span>
            {added !== null && (
              <Group gap={6} component="span">
                <IconCircleCheck size={22} aria-hidden="true" />
                {added ? t('addHolder.added', { name: added }) : t('addHolder.addedSomeone')}
              </Group>
            )}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
