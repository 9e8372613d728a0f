import { Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProps } from '../../../shared/formFields';
import { Message, message, type MessageRef } from '../../../shared/Message';
import { tokenStore } from '../../../shared/tokenStore';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { deleteAccountFailure } from '../deleteAccountFailure';
import { DeleteAccountMutation } from '../graphql/DeleteAccount.mutation';
import { accountDeleted } from '../accountDeleted';
import { signOutIntent } from '../signOutIntent';
import { PasswordField } from './PasswordField';
import { useMaxWidth } from '../../../shared/useViewport';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

/** The dialog's form: the password, then the deletion; the session ends and the board says so. */
function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleteAccount] = useMutation(DeleteAccountMutation);
  const form = useForm<{ password: string }>({
    initialValues: { password: '' },
    validate: {
      password: (value) => show(value === '' ? message('personalData.deleteAccount.passwordRequired') : null),
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['password'],
    leavesOnSuccess: true,
    send: async ({ password }) => {
      const { data } = await deleteAccount({ variables: { password } });
      if (!data?.deleteAccount) throw new Error('deleteAccount answered without data');
      // The account is gone, and so is its session: back to the board, signed out, told so.
      accountDeleted.mark();
      signOutIntent.mark();
      tokenStore.clear();
      await navigate('/', { replace: true });
    },
    refusal: deleteAccountFailure,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <PasswordField
          {...fieldProps(form, 'password')}
          label={t('personalData.deleteAccount.password')}
          description={t('personalData.deleteAccount.passwordHint')}
          autoComplete="current-password"
          required
          data-autofocus
        />
        <FormFailure failure={failure} />
        <Group gap="sm" justify="flex-end">
          <Button variant="default" size="md" onClick={onCancel} disabled={submitting}>
            {t('personalData.deleteAccount.cancel')}
          </Button>
          <SubmitButton
            busy={submitting}
            color="red.8"
            size="md"
            leftSection={<IconTrash size={18} aria-hidden="true" />}
          >
            {t('personalData.deleteAccount.submit')}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The profile's danger zone: deleting one's account, in a dialog that says what goes and what
 * stays and asks for the password.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // On a phone the dialog takes the whole screen: its explanations and its buttons get the room.
  const phone = useMaxWidth('(max-width: 36em)');
  const close = () => setOpened(false);

  return (
    <Paper
      component="section"
      aria-labelledby="delete-account"
      p={{ base: 'md', sm: 'lg' }}
      radius="lg"
      withBorder
      bg="white"
      style={{ borderColor: 'var(--mantine-color-red-4)' }}
    >
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="delete-account" c="red.9">
          {t('personalData.deleteAccount.title')}
        </Title>
        <Text>{t('personalData.deleteAccount.intro')}</Text>
        <Button
          color="red.8"
          variant="filled"
          leftSection={<IconTrash size={18} aria-hidden="true" />}
          onClick={() => setOpened(true)}
        >
          {t('personalData.deleteAccount.open')}
        </Button>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        fullScreen={phone}
        title={t('personalData.deleteAccount.dialogTitle')}
        size="lg"
        radius="lg"
        styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      >
        <Stack gap="md">
          <div>
            <Text fw={800}>{t('personalData.deleteAccount.goesTitle')}</Text>
            <List
              spacing={4}
              mt={4}
              icon={<IconX size={18} color="var(--mantine-color-red-8)" aria-hidden="true" />}
            >
              <List.Item>{t('personalData.deleteAccount.goes.email')}</List.Item>
              <List.Item>{t('personalData.deleteAccount.goes.sessions')}</List.Item>
              <List.Item>{t('personalData.deleteAccount.goes.registrations')}</List.Item>
              <List.Item>{t('personalData.deleteAccount.goes.follows')}</List.Item>
            </List>
          </div>
          <div>
            <Text fw={800}>{t('personalData.deleteAccount.staysTitle')}</Text>
            <List
              spacing={4}
              mt={4}
              icon={<IconCheck size={18} color="var(--mantine-color-green-8)" aria-hidden="true" />}
            >
              <List.Item>{t('personalData.deleteAccount.stays.contributions')}</List.Item>
              <List.Item>{t('personalData.deleteAccount.stays.votes')}</List.Item>
            </List>
          </div>
          <Text c="ink.7">
            {t('personalData.deleteAccount.again')} {t('personalData.deleteAccount.exportFirst')}
          </Text>
          <DeleteAccountForm onCancel={close} />
        </Stack>
      </Modal>
    </Paper>
  );
}
