import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { LIMITS } from '@ouimake/domain';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formRefusal } from '../../../app/formRefusal';
import { message, Message, type MessageRef } from '../../../app/Message';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps, focusFirstError } from '../../../ui/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { forgetChallengeLists } from '../cacheUpdates';
import { CloseChallengeMutation } from '../graphql/ChallengeLifecycle.mutation';
import { checkOutcome } from '../validation';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const outcomeMessages = {
  outcome: () => message('closeChallenge.errors.outcomeTooLong', { max: LIMITS.challenge.descriptionMax }),
};

export interface CloseChallengeDialogProps {
  challenge: { id: string; title: string; outcome?: string | null; projectId: string };
  opened: boolean;
  /** `close` an open challenge, or `rewrite` the outcome of a closed one. */
  mode: 'close' | 'rewrite';
  onClose: () => void;
  /** After the API closed it (or kept the new outcome). */
  onDone: () => void;
}

/**
 * Closing a challenge, for curators: it stops taking ideas and votes, and says what came of it
 * (an outcome in Markdown, with a preview). The same dialog rewrites the outcome later.
 */
export function CloseChallengeDialog({
  challenge,
  opened,
  mode,
  onClose,
  onDone,
}: CloseChallengeDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const phone = useMediaQuery('(max-width: 30em)', false, { getInitialValueInEffect: false });
  const [closeChallenge, { loading }] = useMutation(CloseChallengeMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const form = useForm({
    initialValues: { outcome: challenge.outcome ?? '' },
    validate: { outcome: (value) => show(checkOutcome(value)) },
  });

  const dismiss = () => {
    if (loading) return;
    setFailure(null);
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(
    async ({ outcome }) => {
      if (loading) return;
      setFailure(null);
      try {
        await closeChallenge({ variables: { id: challenge.id, outcome: outcome.trim() } });
        forgetChallengeLists(client.cache, challenge.projectId);
        form.resetDirty();
        onDone();
      } catch (error) {
        const refusal = formRefusal(error, outcomeMessages);
        if (refusal.fields.outcome) form.setFieldError('outcome', show(refusal.fields.outcome));
        setFailure(refusal.form);
        focusFirstError(form, ['outcome'], refusal.fields);
      }
    },
    (errors) => focusFirstError(form, ['outcome'], errors),
  );

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={mode === 'close' ? t('closeChallenge.title') : t('closeChallenge.rewriteTitle')}
      size="xl"
      radius="lg"
      padding="xl"
      // A phone: the whole screen, so that the outcome has room.
      fullScreen={phone}
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('closeChallenge.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Text size="lg" fw={700}>
            {challenge.title}
          </Text>
          {mode === 'close' && <Text c="ink.8">{t('closeChallenge.explanation')}</Text>}
          <MarkdownEditor
            {...fieldProps(form, 'outcome')}
            label={t('closeChallenge.outcome')}
            description={t('closeChallenge.outcomeHint')}
            required
            maxLength={LIMITS.challenge.descriptionMax}
            minRows={8}
          />
          <FormFailure failure={failure} />
          <Group gap="md" justify="flex-end">
            <Button variant="default" size="lg" onClick={dismiss}>
              {t('closeChallenge.cancel')}
            </Button>
            <SubmitButton busy={loading} leftSection={<IconLock size={20} aria-hidden="true" />}>
              {mode === 'close' ? t('closeChallenge.submit') : t('closeChallenge.rewriteSubmit')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
