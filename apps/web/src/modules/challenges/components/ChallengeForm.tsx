import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Chip,
  Group,
  Input,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Switch,
  type SwitchProps,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ChallengeStatus, LIMITS } from '@ouimake/domain';
import { IconCheck, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { type FragmentType, getFragmentData } from '../../../gql';
import type { CreateChallengeInput, UpdateChallengeInput } from '../../../gql/graphql';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { forgetChallengeLists } from '../cacheUpdates';
import { challengeFormRefusal } from '../failures';
import { ChallengeFormFragment } from '../graphql/ChallengeForm.fragment';
import { PublishChallengeMutation } from '../graphql/ChallengeLifecycle.mutation';
import { CreateChallengeMutation, UpdateChallengeMutation } from '../graphql/SaveChallenge.mutation';
import { ThemeChoicesQuery } from '../graphql/ThemeChoices.query';
import {
  CITY_MAX,
  checkCity,
  checkClosesAt,
  checkDescription,
  checkTitle,
  checkVoteBudget,
  fromLocalInput,
  toLocalInput,
} from '../validation';
import classes from './ChallengeForm.module.css';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['title', 'description', 'themes', 'city', 'voteBudget', 'closesAt'] as const;
/** The budget proposed when a holder first chooses to limit votes. */
const SUGGESTED_BUDGET = 3;

export interface ChallengeValues {
  title: string;
  description: string;
  themes: string[];
  city: string;
  limitVotes: boolean;
  voteBudget: number | string;
  blindVoting: boolean;
  /** As a `datetime-local` field holds it; '' for none. */
  closesAt: string;
}

export interface ChallengeFormProject {
  id: string;
  name: string;
  city?: string | null;
}

export interface ChallengeFormProps {
  project: ChallengeFormProject;
  /** The challenge to edit; without it, a new challenge of `project`. */
  challenge?: FragmentType<typeof ChallengeFormFragment>;
  /** Called with the challenge's id once it is saved (and published, when asked). */
  onSaved: (id: string) => void;
}

type Intent = 'publish' | 'save';

/**
 * A challenge, new or edited: its title, its context in Markdown, its themes, its city, how votes
 * work on it and when it closes. A new one is published at once or kept as a draft; a draft can
 * be saved or saved and published; an open one is saved.
 */
export function ChallengeForm({ project, onSaved, ...props }: ChallengeFormProps) {
  const { t } = useTranslation();
  const existing = props.challenge ? getFragmentData(ChallengeFormFragment, props.challenge) : null;
  const isDraft = !existing || existing.status === ChallengeStatus.DRAFT;
  const client = useApolloClient();
  const [createChallenge] = useMutation(CreateChallengeMutation);
  const [updateChallenge] = useMutation(UpdateChallengeMutation);
  const [publishChallenge] = useMutation(PublishChallengeMutation);
  const intent = useRef<Intent>(isDraft ? 'publish' : 'save');
  /** The button the form was last sent with: its spinner shows while sending. */
  const [sentWith, setSentWith] = useState<Intent | null>(null);
  const initialClosesAt = toLocalInput(existing?.closesAt);
  const themesId = useId();

  const form = useForm<ChallengeValues>({
    initialValues: {
      title: existing?.title ?? '',
      description: existing?.description ?? '',
      themes: existing?.themes.map((theme) => theme.slug) ?? [],
      city: existing ? (existing.city ?? '') : (project.city ?? ''),
      limitVotes: existing ? existing.voteBudget !== null && existing.voteBudget !== undefined : false,
      voteBudget: existing?.voteBudget ?? SUGGESTED_BUDGET,
      blindVoting: existing?.blindVoting ?? false,
      closesAt: initialClosesAt,
    },
    validate: {
      title: (value) => show(checkTitle(value)),
      description: (value) => show(checkDescription(value)),
      city: (value) => show(checkCity(value)),
      voteBudget: (value, values) => (values.limitVotes ? show(checkVoteBudget(value)) : null),
      // An unchanged date is not sent again: a past one stays as it was.
      closesAt: (value) => (value === initialClosesAt ? null : show(checkClosesAt(value))),
    },
  });

  const fields = (values: ChallengeValues) => ({
    title: values.title.trim(),
    description: values.description,
    themes: values.themes,
    city: values.city.trim() === '' ? null : values.city.trim(),
    voteBudget: values.limitVotes ? Number(values.voteBudget) : null,
    blindVoting: values.blindVoting,
  });

  const save = async (values: ChallengeValues, publish: boolean): Promise<string> => {
    const closesAt = values.closesAt.trim() === '' ? null : fromLocalInput(values.closesAt);
    if (!existing) {
      const input: CreateChallengeInput = { projectId: project.id, ...fields(values), closesAt, publish };
      const { data } = await createChallenge({ variables: { input } });
      if (!data) throw new Error('createChallenge answered without data');
      return data.createChallenge.id;
    }
    const input: UpdateChallengeInput = {
      ...fields(values),
      ...(values.closesAt !== initialClosesAt ? { closesAt } : {}),
    };
    await updateChallenge({ variables: { id: existing.id, input } });
    if (publish) await publishChallenge({ variables: { id: existing.id } });
    return existing.id;
  };

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async (values) => {
      setSentWith(intent.current);
      const id = await save(values, isDraft && intent.current === 'publish');
      forgetChallengeLists(client.cache, project.id);
      onSaved(id);
    },
    refusal: challengeFormRefusal,
    leavesOnSuccess: true,
  });

  const choose = (next: Intent) => () => {
    intent.current = next;
  };
  const { titleMax, descriptionMax, voteBudgetMin, voteBudgetMax } = LIMITS.challenge;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        <Section title={t('challengeForm.sections.question')}>
          <Stack gap={4}>
            <TextInput
              {...fieldProps(form, 'title')}
              label={t('challengeForm.title')}
              description={t('challengeForm.titleHint', { min: LIMITS.challenge.titleMin, max: titleMax })}
              required
              size="md"
            />
            <CharacterCount value={form.values.title} max={titleMax} />
          </Stack>
          <MarkdownEditor
            {...fieldProps(form, 'description')}
            label={t('challengeForm.description')}
            description={t('challengeForm.descriptionHint')}
            required
            maxLength={descriptionMax}
            minRows={10}
          />
        </Section>

        <Section title={t('challengeForm.sections.where')}>
          <ThemePicker
            id={themesId}
            value={form.values.themes}
            onChange={(themes) => form.setFieldValue('themes', themes)}
            error={form.errors['themes']}
          />
          <TextInput
            {...fieldProps(form, 'city')}
            label={t('challengeForm.city')}
            description={t('challengeForm.cityHint', { project: project.name })}
            autoComplete="address-level2"
            maxLength={CITY_MAX}
            size="md"
            maw={420}
          />
        </Section>

        <Section title={t('challengeForm.sections.votes')}>
          <Stack gap="sm">
            <DescribedSwitch
              {...form.getInputProps('limitVotes', { type: 'checkbox' })}
              label={t('challengeForm.limitVotes')}
              hint={t('challengeForm.limitVotesHint')}
            />
            {form.values.limitVotes && (
              <NumberInput
                {...fieldProps(form, 'voteBudget')}
                label={t('challengeForm.voteBudget')}
                description={t('challengeForm.voteBudgetHint', { min: voteBudgetMin, max: voteBudgetMax })}
                min={voteBudgetMin}
                max={voteBudgetMax}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                required
                size="md"
                maw={260}
                ml={{ base: 0, sm: 56 }}
              />
            )}
          </Stack>
          <DescribedSwitch
            {...form.getInputProps('blindVoting', { type: 'checkbox' })}
            label={t('challengeForm.blindVoting')}
            hint={t('challengeForm.blindVotingHint')}
          />
          <TextInput
            {...fieldProps(form, 'closesAt')}
            type="datetime-local"
            label={t('challengeForm.closesAt')}
            description={t('challengeForm.closesAtHint')}
            size="md"
            maw={320}
          />
        </Section>

        <FormFailure failure={failure} />
        <Group gap="md" className={classes.actions}>
          {isDraft ? (
            <>
              <SubmitButton
                busy={submitting}
                working={submitting && sentWith === 'publish'}
                onClick={choose('publish')}
                leftSection={<IconSend size={20} aria-hidden="true" />}
              >
                {existing ? t('challengeForm.saveAndPublish') : t('challengeForm.publish')}
              </SubmitButton>
              <SubmitButton
                busy={submitting}
                working={submitting && sentWith === 'save'}
                variant="default"
                onClick={choose('save')}
                leftSection={<IconDeviceFloppy size={20} aria-hidden="true" />}
              >
                {existing ? t('challengeForm.saveDraft') : t('challengeForm.createDraft')}
              </SubmitButton>
            </>
          ) : (
            <SubmitButton busy={submitting} leftSection={<IconCheck size={20} aria-hidden="true" />}>
              {t('challengeForm.save')}
            </SubmitButton>
          )}
        </Group>
        {isDraft && (
          <Text c="ink.7" size="md">
            {t('challengeForm.draftExplained')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

/**
 * A switch named by its label alone, and described by its hint (Mantine would put the hint inside
 * the label, making a name of three lines).
 */
function DescribedSwitch({ hint, ...props }: SwitchProps & { hint: string }) {
  const hintId = useId();
  return (
    <div>
      <Switch {...props} size="md" aria-describedby={hintId} classNames={{ label: classes.switchLabel }} />
      <Text id={hintId} size="sm" c="ink.7" className={classes.switchHint}>
        {hint}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      p={{ base: 'md', sm: 'xl' }}
      radius="lg"
      withBorder
      className={classes.section}
    >
      <Stack gap="lg">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

interface ThemePickerProps {
  id: string;
  value: string[];
  onChange: (themes: string[]) => void;
  error?: ReactNode;
}

/** The themes of a challenge, as chips: any number of them, each a checkbox. */
function ThemePicker({ id, value, onChange, error }: ThemePickerProps) {
  const { t } = useTranslation();
  const { data, error: loadError, refetch } = useQuery(ThemeChoicesQuery);
  return (
    <fieldset
      className={classes.fieldset}
      aria-describedby={`${id}-description${error ? ` ${id}-error` : ''}`}
    >
      <legend className={classes.legend}>{t('challengeForm.themes')}</legend>
      <Input.Description id={`${id}-description`} size="md" mb="sm">
        {t('challengeForm.themesHint')}
      </Input.Description>
      {data ? (
        <Chip.Group multiple value={value} onChange={onChange}>
          <Group gap={8}>
            {data.themes.map((theme) => (
              <Chip
                key={theme.slug}
                value={theme.slug}
                size="md"
                radius="xl"
                variant="outline"
                color="ink.9"
                icon={<IconCheck size={16} aria-hidden="true" />}
                classNames={{ label: classes.chip }}
              >
                {theme.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : loadError ? (
        <Group gap="sm">
          <Text c="ink.7">{t('challengeForm.themesUnavailable')}</Text>
          <Button variant="default" size="compact-md" onClick={() => void refetch().catch(() => null)}>
            {t('board.filters.retry')}
          </Button>
        </Group>
      ) : (
        <Group gap={8} aria-hidden="true">
          {[96, 120, 88, 140, 104].map((width) => (
            <Skeleton key={width} height={34} width={width} radius="xl" />
          ))}
        </Group>
      )}
      {error && (
        <Input.Error id={`${id}-error`} size="md" mt="xs">
          {error}
        </Input.Error>
      )}
    </fieldset>
  );
}
