import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { BrainstormPhase } from '@ouimake/domain';
import { IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { startRoundRefusal } from '../failures';
import { StartBrainstormMutation } from '../graphql/Brainstorm.mutation';
import { checkRoundMinutes, ROUND_MINUTES_MAX, ROUND_MINUTES_MIN, ROUND_PRESETS } from '../roundRules';
import { useMaxWidth } from '../../../shared/useViewport';

const CUSTOM = 'custom';
const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

interface RoundValues {
  phase: BrainstormPhase;
  /** One of the presets (in minutes), or `custom`. */
  duration: string;
  minutes: number | string;
}

export interface StartRoundDialogProps {
  challengeId: string;
  opened: boolean;
  /** The phase chosen at first: when switching, the other one. */
  phase: BrainstormPhase;
  /** A round runs: the new one replaces it at once (the API's rule). */
  replacing: boolean;
  onClose: () => void;
  /** After the API started the round (it is in the cache already). */
  onStarted: () => void;
}

/**
 * Starting a timed round, for curators: ideas or votes, and for how long (5, 10 or 15 minutes in a
 * click, or any whole number of minutes the API accepts). The same dialog switches phase.
 */
export function StartRoundDialog({
  challengeId,
  opened,
  phase,
  replacing,
  onClose,
  onStarted,
}: StartRoundDialogProps) {
  const { t } = useTranslation();
  const phone = useMaxWidth('(max-width: 30em)');
  const [start] = useMutation(StartBrainstormMutation);
  const form = useForm<RoundValues>({
    initialValues: { phase, duration: String(ROUND_PRESETS[1]), minutes: '' },
    validate: {
      minutes: (value, values) => (values.duration === CUSTOM ? show(checkRoundMinutes(value)) : null),
    },
  });

  const { onSubmit, submitting, failure, clearFailure } = useFormSubmit(form, {
    order: ['minutes'],
    send: async (values) => {
      const minutes = values.duration === CUSTOM ? Number(values.minutes) : Number(values.duration);
      await start({
        variables: { challengeId, phase: values.phase, minutes },
        update: (cache, { data }) => {
          const round = data?.startBrainstorm;
          const id = cache.identify({ __typename: 'Challenge', id: challengeId });
          if (!round || !id) return;
          cache.modify({ id, fields: { session: (_, { toReference }) => toReference(round) } });
        },
      });
      onStarted();
    },
    refusal: startRoundRefusal,
    // A refused duration goes under the field of its own, shown first.
    onRefused: ({ fields }) => {
      if (fields['minutes']) form.setFieldValue('duration', CUSTOM);
    },
  });

  const dismiss = () => {
    if (submitting) return;
    clearFailure();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={replacing ? t('brainstorm.dialog.switchTitle') : t('brainstorm.dialog.title')}
      size="lg"
      radius="lg"
      padding="xl"
      fullScreen={phone}
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('brainstorm.dialog.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Text c="ink.8">{t('brainstorm.dialog.intro')}</Text>
          <Radio.Group
            label={t('brainstorm.dialog.phase')}
            size="md"
            {...form.getInputProps('phase')}
            onChange={(value) =>
              form.setFieldValue(
                'phase',
                value === BrainstormPhase.VOTING ? BrainstormPhase.VOTING : BrainstormPhase.IDEATION,
              )
            }
          >
            <Stack gap="sm" mt="xs">
              {[BrainstormPhase.IDEATION, BrainstormPhase.VOTING].map((value) => (
                <Radio
                  key={value}
                  value={value}
                  size="md"
                  label={t(`brainstorm.phase.${value}`)}
                  description={t(`brainstorm.dialog.phaseHint.${value}`)}
                  styles={{ label: { fontWeight: 800 } }}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group label={t('brainstorm.dialog.duration')} size="md" {...form.getInputProps('duration')}>
            <Group gap="lg" mt="xs">
              {ROUND_PRESETS.map((minutes) => (
                <Radio
                  key={minutes}
                  value={String(minutes)}
                  size="md"
                  label={t('brainstorm.dialog.minutes', { count: minutes })}
                />
              ))}
              <Radio value={CUSTOM} size="md" label={t('brainstorm.dialog.custom')} />
            </Group>
          </Radio.Group>
          {form.values.duration === CUSTOM && (
            <NumberInput
              label={t('brainstorm.dialog.customLabel')}
              description={t('brainstorm.dialog.customHint', {
                min: ROUND_MINUTES_MIN,
                max: ROUND_MINUTES_MAX,
              })}
              required
              size="md"
              min={ROUND_MINUTES_MIN}
              max={ROUND_MINUTES_MAX}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              maw={240}
              data-autofocus
              {...form.getInputProps('minutes')}
            />
          )}
          {replacing && (
            <Alert variant="light" color="ink" radius="md" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('brainstorm.dialog.replaces')}
            </Alert>
          )}
          <FormFailure failure={failure} />
          <Group gap="md" justify="flex-end">
            <Button variant="default" size="lg" onClick={dismiss}>
              {t('brainstorm.dialog.cancel')}
            </Button>
            <SubmitButton busy={submitting} leftSection={<IconPlayerPlay size={20} aria-hidden="true" />}>
              {t('brainstorm.dialog.submit')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
