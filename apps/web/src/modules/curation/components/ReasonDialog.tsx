import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps } from '../../../shared/formFields';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { reasonRefusal } from '../failures';
import { checkReason, REASON_MAX } from '../validation';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

export interface ReasonDialogProps {
  title: string;
  /** What the reason is about (an idea's title, whose comment), in bold at the top. */
  subject: string;
  explanation: string;
  label: string;
  hint: string;
  submitLabel: string;
  submitIcon: ReactNode;
  /** Sends the reason (trimmed); throws when refused. The dialog closes itself only through onClose. */
  send: (reason: string) => Promise<void>;
  onClose: () => void;
}

/**
 * A small dialog asking why, before hiding or reporting something: a required reason of 3 to 500
 * characters, checked here and by the API, its refusals shown under the field or above the buttons.
 */
export function ReasonDialog({
  title,
  subject,
  explanation,
  label,
  hint,
  submitLabel,
  submitIcon,
  send,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value: string) => show(checkReason(value)) },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['reason'],
    send: ({ reason }) => send(reason.trim()),
    refusal: reasonRefusal,
  });
  const dismiss = () => {
    if (!submitting) onClose();
  };

  return (
    <Modal
      opened
      onClose={dismiss}
      title={title}
      size="lg"
      radius="lg"
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('curation.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text fw={800} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {subject}
          </Text>
          <Text c="ink.8">{explanation}</Text>
          <div>
            <Textarea
              label={label}
              description={hint}
              required
              autosize
              minRows={3}
              maxRows={8}
              size="md"
              data-autofocus
              {...fieldProps(form, 'reason')}
            />
            <CharacterCount value={form.values.reason} max={REASON_MAX} />
          </div>
          <FormFailure failure={failure} />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" size="md" onClick={dismiss}>
              {t('curation.cancel')}
            </Button>
            <SubmitButton busy={submitting} size="md" leftSection={submitIcon}>
              {submitLabel}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
