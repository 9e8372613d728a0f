import { Button, Fieldset, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { EventFormat } from '@ouimake/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formRefusal } from '../../../shared/formRefusal';
import { message } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { emptyVenue, type EventValues, validateEvent } from '../eventForm';
import { TIME_ZONES } from '../time';

export interface EventDetailsFormProps {
  initial: EventValues;
  isNew: boolean;
  /** Sends the values; throws when the API refuses. */
  onSave: (values: EventValues) => Promise<unknown>;
}

const ORDER = ['title', 'description', 'format', 'startsAt', 'endsAt', 'timezone'] as const;

/** The event's details and its venues, in several cities. */
export function EventDetailsForm({ initial, isNew, onSave }: EventDetailsFormProps) {
  const { t } = useTranslation();
  const form = useForm<EventValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateEvent(values)).map(([k, v]) => [k, t(v as 'events.editor.required')]),
      ),
  });
  const submit = useFormSubmit(form, {
    order: ORDER,
    send: onSave,
    refusal: (error) =>
      formRefusal(error, {
        title: () => message('events.editor.required'),
        startsAt: () => message('events.editor.required'),
        endsAt: () => message('events.editor.endBeforeStart'),
        timezone: () => message('events.editor.required'),
      }),
  });

  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack gap="lg">
        <Fieldset
          legend={
            <Title order={2} size="h3">
              {t('events.editor.details')}
            </Title>
          }
          radius="lg"
        >
          <Stack gap="md">
            <TextInput
              label={t('events.editor.title')}
              required
              {...form.getInputProps('title')}
              data-path="title"
            />
            <MarkdownEditor
              label={t('events.editor.description')}
              required
              minRows={4}
              {...form.getInputProps('description')}
              data-path="description"
            />
            <NativeSelect
              label={t('events.editor.format')}
              data={Object.values(EventFormat).map((f) => ({ value: f, label: t(`events.format.${f}`) }))}
              disabled={!isNew}
              {...form.getInputProps('format')}
            />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('events.editor.startsAt')}
                required
                miw={200}
                {...form.getInputProps('startsAt')}
                data-path="startsAt"
              />
              <TextInput
                type="datetime-local"
                label={t('events.editor.endsAt')}
                required
                miw={200}
                {...form.getInputProps('endsAt')}
                data-path="endsAt"
              />
            </Group>
            <NativeSelect
              label={t('events.editor.timezone')}
              description={t('events.editor.timezoneHint')}
              data={TIME_ZONES}
              {...form.getInputProps('timezone')}
              data-path="timezone"
            />
          </Stack>
        </Fieldset>

        <Fieldset
          legend={
            <Title order={2} size="h3">
              {t('events.editor.venues')}
            </Title>
          }
          radius="lg"
        >
          <Stack gap="lg">
            {form.values.venues.map((venue, index) => (
              <Fieldset
                key={venue.id ?? `new-${index}`}
                legend={t('events.editor.venue', { n: index + 1 })}
                variant="filled"
                radius="md"
              >
                <Stack gap="sm">
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      label={t('events.editor.city')}
                      required
                      miw={160}
                      {...form.getInputProps(`venues.${index}.city`)}
                    />
                    <TextInput
                      label={t('events.editor.venueName')}
                      required
                      miw={160}
                      {...form.getInputProps(`venues.${index}.name`)}
                    />
                  </Group>
                  <TextInput
                    label={t('events.editor.address')}
                    {...form.getInputProps(`venues.${index}.address`)}
                  />
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      type="number"
                      min={1}
                      label={t('events.editor.capacity')}
                      description={t('events.editor.capacityHint')}
                      miw={160}
                      {...form.getInputProps(`venues.${index}.capacity`)}
                    />
                    <TextInput
                      type="url"
                      label={t('events.editor.onlineUrl')}
                      miw={160}
                      {...form.getInputProps(`venues.${index}.onlineUrl`)}
                    />
                  </Group>
                  <TextInput
                    label={t('events.editor.hosts')}
                    {...form.getInputProps(`venues.${index}.hostIds`)}
                  />
                  {form.values.venues.length > 1 && (
                    <Group>
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden="true" />}
                        onClick={() => form.removeListItem('venues', index)}
                      >
                        {t('events.editor.removeVenue')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => form.insertListItem('venues', emptyVenue())}
              >
                {t('events.editor.addVenue')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <FormFailure failure={submit.failure} />
        <Group>
          <SubmitButton busy={submit.submitting}>
            {isNew ? t('events.editor.create') : t('events.editor.save')}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
