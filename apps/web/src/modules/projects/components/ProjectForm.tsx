import { useMutation } from '@apollo/client/react';
import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@ouimake/domain';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { type FragmentType, getFragmentData } from '../../../gql';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { useViewer } from '../../accounts/hooks/useViewer';
import { ProjectFormFragment } from '../graphql/ProjectForm.fragment';
import { CreateProjectMutation, UpdateProjectMutation } from '../graphql/SaveProject.mutation';
import {
  checkName,
  checkProjectCity,
  checkProjectDescription,
  checkSummary,
  checkWebsite,
  completeWebsite,
  PROJECT_CITY_MAX,
  projectFormRefusal,
  WEBSITE_MAX,
} from '../validation';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['name', 'summary', 'description', 'city', 'website'] as const;

export interface ProjectValues {
  name: string;
  summary: string;
  description: string;
  city: string;
  website: string;
}

export interface ProjectFormProps {
  /** The project to edit; without it, a new project, held by the person creating it. */
  project?: FragmentType<typeof ProjectFormFragment>;
  /** Called with the project's slug once saved. */
  onSaved: (slug: string) => void;
}

/** A project presents itself: its name, a one-line summary, a longer description, a city, a website. */
export function ProjectForm({ onSaved, ...props }: ProjectFormProps) {
  const { t } = useTranslation();
  const existing = props.project ? getFragmentData(ProjectFormFragment, props.project) : null;
  const { viewer } = useViewer();
  const [createProject] = useMutation(CreateProjectMutation, {
    // The creator holds one more project, and the list of projects has one more.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      const me = viewer ? cache.identify({ __typename: 'User', id: viewer.id }) : undefined;
      if (me) cache.evict({ id: me, fieldName: 'projects' });
      cache.gc();
    },
  });
  const [updateProject] = useMutation(UpdateProjectMutation);
  const form = useForm<ProjectValues>({
    initialValues: {
      name: existing?.name ?? '',
      summary: existing?.summary ?? '',
      description: existing?.description ?? '',
      city: existing?.city ?? '',
      website: existing?.website ?? '',
    },
    validate: {
      name: (value) => show(checkName(value)),
      summary: (value) => show(checkSummary(value)),
      description: (value) => show(checkProjectDescription(value)),
      city: (value) => show(checkProjectCity(value)),
      website: (value) => show(checkWebsite(completeWebsite(value))),
    },
    transformValues: (values) => ({ ...values, website: completeWebsite(values.website) }),
  });

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async (values) => {
      const input = {
        name: values.name.trim(),
        summary: values.summary.trim(),
        description: values.description.trim() === '' ? null : values.description,
        city: values.city.trim() === '' ? null : values.city.trim(),
        website: values.website === '' ? null : values.website,
      };
      if (existing) {
        const { data } = await updateProject({ variables: { id: existing.id, input } });
        onSaved(data?.updateProject.slug ?? existing.slug);
      } else {
        const { data } = await createProject({ variables: { input } });
        if (!data) throw new Error('createProject answered without data');
        onSaved(data.createProject.slug);
      }
    },
    refusal: projectFormRefusal,
    leavesOnSuccess: true,
  });

  const { nameMin, nameMax, summaryMax, descriptionMax } = LIMITS.project;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <TextInput
          {...fieldProps(form, 'name')}
          label={t('projectForm.name')}
          description={t('projectForm.nameHint', { min: nameMin, max: nameMax })}
          required
          size="md"
        />
        <Stack gap={4}>
          <Textarea
            {...fieldProps(form, 'summary')}
            label={t('projectForm.summary')}
            description={t('projectForm.summaryHint', { max: summaryMax })}
            required
            autosize
            minRows={2}
            maxRows={6}
            size="md"
          />
          <CharacterCount value={form.values.summary} max={summaryMax} />
        </Stack>
        <MarkdownEditor
          {...fieldProps(form, 'description')}
          label={t('projectForm.description')}
          description={t('projectForm.descriptionHint')}
          maxLength={descriptionMax}
          minRows={8}
        />
        <TextInput
          {...fieldProps(form, 'city')}
          label={t('projectForm.city')}
          description={t('projectForm.cityHint')}
          autoComplete="address-level2"
          maxLength={PROJECT_CITY_MAX}
          size="md"
          maw={420}
        />
        <TextInput
          {...fieldProps(form, 'website')}
          onBlur={() => {
            // "monprojet.fr" becomes "https://monprojet.fr" as the person leaves the field.
            const completed = completeWebsite(form.values.website);
            if (completed !== form.values.website) form.setFieldValue('website', completed);
            if (form.isDirty('website')) form.validateField('website');
          }}
          type="url"
          label={t('projectForm.website')}
          description={t('projectForm.websiteHint')}
          placeholder="https://"
          autoComplete="url"
          inputMode="url"
          spellCheck={false}
          maxLength={WEBSITE_MAX}
          size="md"
        />
        <FormFailure failure={failure} />
        <div>
          <SubmitButton busy={submitting} leftSection={<IconCheck size={20} aria-hidden="true" />}>
            {existing ? t('projectForm.save') : t('projectForm.create')}
          </SubmitButton>
        </div>
      </Stack>
    </form>
  );
}
