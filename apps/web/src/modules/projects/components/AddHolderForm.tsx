import { useMutation } from '@apollo/client/react';
import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode } from '@ouimake/domain';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findApiError } from '../../../app/apiErrors';
import { actionRefusal } from '../../../app/formRefusal';
import { message, Message, type MessageRef } from '../../../app/Message';
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
  const [addHolder, { loading }] = useMutation(AddProjectHolderMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
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

  const submit = form.onSubmit(
    async ({ profile }) => {
      const userId = userIdFrom(profile);
      if (loading || !userId) return;
      setFailure(null);
      try {
        const { data } = await addHolder({ variables: { projectId, userId } });
        const person = data?.addProjectHolder.holders.find((holder) => holder.id === userId);
        form.reset();
        setAdded(person?.displayName ?? '');
      } catch (error) {
        if (findApiError(error, ErrorCode.NOT_FOUND)) {
          form.setFieldError('profile', show(message('addHolder.errors.notFound')));
          form.getInputNode('profile')?.focus();
        } else {
          setFailure(actionRefusal(error));
        }
      }
    },
    () => form.getInputNode('profile')?.focus(),
  );

  return (
    <form onSubmit={submit} noValidate>
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
            busy={loading}
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
