import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldProps } from '../../../shared/formFields';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { SubmitButton } from '../../../ui/SubmitButton';
import { resourceRefusal } from '../failures';
import { AddResourceMutation } from '../graphql/Resource.mutation';
import { checkResourceTitle, checkResourceUrl, RESOURCE_TITLE_MAX, RESOURCE_TITLE_MIN } from '../validation';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

/** Curators add a resource: a title and a full http(s) address. */
export function AddResourceForm({
  challengeId,
  onAdded,
}: {
  challengeId: string;
  onAdded: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(AddResourceMutation);
  const form = useForm({
    initialValues: { title: '', url: '' },
    validate: {
      title: (value: string) => show(checkResourceTitle(value)),
      url: (value: string) => show(checkResourceUrl(value)),
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['title', 'url'],
    send: async ({ title, url }) => {
      const { data } = await add({
        variables: { challengeId, title: title.trim(), url: url.trim() },
        update: (cache, result) => {
          const added = result.data?.addResource;
          if (!added) return;
          cache.modify({
            id: cache.identify({ __typename: 'Challenge', id: challengeId }),
            fields: {
              resources: (value, { toReference, readField }) => {
                const list = value as readonly Reference[];
                const ref = toReference(added);
                if (!ref || list.some((item) => readField('id', item) === added.id)) return value;
                return [...list, ref] as typeof value;
              },
            },
          });
        },
      });
      form.reset();
      onAdded(data?.addResource.title ?? title.trim());
    },
    refusal: resourceRefusal,
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-resource">
      <Stack gap="sm">
        <Title order={3} size="h5" id="add-resource">
          {t('resources.add')}
        </Title>
        <TextInput
          label={t('resources.titleLabel')}
          description={t('resources.titleHint', { min: RESOURCE_TITLE_MIN, max: RESOURCE_TITLE_MAX })}
          required
          size="md"
          {...fieldProps(form, 'title')}
        />
        <TextInput
          label={t('resources.urlLabel')}
          description={t('resources.urlHint')}
          placeholder="https://"
          type="url"
          inputMode="url"
          autoComplete="url"
          required
          size="md"
          {...fieldProps(form, 'url')}
        />
        <FormFailure failure={failure} />
        <div>
          <SubmitButton busy={submitting} size="md" leftSection={<IconPlus size={20} aria-hidden="true" />}>
            {t('resources.submit')}
          </SubmitButton>
        </div>
      </Stack>
    </form>
  );
}
