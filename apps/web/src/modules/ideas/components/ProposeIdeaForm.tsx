import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBulb, IconClockPause, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Message, type MessageRef } from '../../../shared/Message';
import { useOutbox } from '../../../shared/outbox';
import { useViewer } from '../../accounts/hooks/useViewer';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { PendingSends } from '../../../ui/PendingSends';
import { SubmitButton } from '../../../ui/SubmitButton';
import { addIdeaToChallenge } from '../cacheUpdates';
import { ideaFormRefusal } from '../failures';
import { ProposeIdeaMutation } from '../graphql/ProposeIdea.mutation';
import { SimilarIdeasQuery } from '../graphql/SimilarIdeas.query';
import { checkIdeaBody, checkIdeaTitle, IDEA_BODY_MAX, IDEA_TITLE_MAX } from '../validation';
import classes from './ProposeIdeaForm.module.css';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const order = ['title', 'body'] as const;

/** How long typing must pause before similar ideas are looked for. */
export const SIMILAR_DEBOUNCE_MS = 400;
/** Under this many characters, nothing is looked for (the API answers [] anyway). */
const SIMILAR_MIN_LENGTH = 3;

interface IdeaValues {
  title: string;
  body: string;
}

export interface ProposeIdeaFormProps {
  challengeId: string;
  /** Called with the new idea's id once it is on the wall. */
  onProposed?: (id: string) => void;
  /**
   * A voting round runs: new ideas wait for the next ideas round. The form stays to write in (a
   * draft is not lost), but cannot be sent, and says why.
   */
  paused?: boolean;
  /** Shown in a dialog that names it (a phone's drawer): no panel or heading of its own; the title field takes the focus. */
  inDialog?: boolean;
}

/**
 * Proposing an idea: a title and, if wanted, a few lines of Markdown. While the title is typed,
 * ideas already proposed that look alike are shown, to vote for one of them rather than repeat it.
 */
export function ProposeIdeaForm({
  challengeId,
  onProposed,
  paused = false,
  inDialog = false,
}: ProposeIdeaFormProps) {
  const { t } = useTranslation();
  const [propose] = useMutation(ProposeIdeaMutation);
  const [done, setDone] = useState(false);
  const [returned, setReturned] = useState<string | null>(null);
  const { viewer } = useViewer();
  const form = useForm<IdeaValues>({
    initialValues: { title: '', body: '' },
    validate: {
      title: (value) => show(checkIdeaTitle(value)),
      body: (value) => show(checkIdeaBody(value)),
    },
  });

  const text = form.values.title.trim();
  const [searched] = useDebouncedValue(text, SIMILAR_DEBOUNCE_MS);
  const similar = useQuery(SimilarIdeasQuery, {
    variables: { challengeId, text: searched, first: 3 },
    skip: [...searched].length < SIMILAR_MIN_LENGTH,
    fetchPolicy: 'network-only',
  });
  const hints = [...text].length >= SIMILAR_MIN_LENGTH ? (similar.data?.similarIdeas ?? []) : [];

  // Sent while the connection is down, an idea waits on the device and goes once it is back.
  const outbox = useOutbox<IdeaValues>({
    slot: viewer ? `${viewer.id}:idea:${challengeId}` : null,
    deliver: async ({ key, values }) => {
      const { data } = await propose({
        variables: { input: { challengeId, title: values.title.trim(), body: values.body, clientKey: key } },
        update: (cache, result) => {
          if (result.data) addIdeaToChallenge(cache, challengeId, result.data.proposeIdea);
        },
      });
      if (data) onProposed?.(data.proposeIdea.id);
    },
    onDelivered: () => setDone(true),
    onRefused: ({ values }) => {
      // Nothing written is lost: it comes back to the form (unless another draft is there).
      if (!form.values.title.trim() && !form.values.body.trim()) form.setValues(values);
      setReturned(values.title.trim());
    },
  });

  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order,
    send: async (values) => {
      if (paused) return;
      setDone(false);
      setReturned(null);
      const outcome = await outbox.send(values);
      form.reset();
      setDone(outcome === 'sent');
    },
    refusal: ideaFormRefusal,
  });

  const fields = (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {!inDialog && (
          <Title order={2} size="h3" id="propose-idea">
            {t('ideas.propose.title')}
          </Title>
        )}
        <div>
          <TextInput
            data-autofocus={inDialog || undefined}
            label={t('ideas.propose.titleLabel')}
            description={t('ideas.propose.titleHint')}
            required
            size="md"
            autoComplete="off"
            {...fieldProps(form, 'title')}
          />
          <CharacterCount value={form.values.title} max={IDEA_TITLE_MAX} />
        </div>
        <div aria-live="polite" className={classes.hintsRegion}>
          {hints.length > 0 && (
            <div className={classes.hints}>
              <Text fw={800} className={classes.hintsTitle}>
                <IconBulb size={20} aria-hidden="true" />
                {t('ideas.propose.similarTitle', { count: hints.length })}
              </Text>
              <ul aria-label={t('ideas.propose.similarList')} className={classes.hintList}>
                {hints.map((hint) => (
                  <li key={hint.id}>
                    <Anchor component={Link} to={`/ideas/${hint.id}`} fw={700}>
                      {hint.title}
                    </Anchor>{' '}
                    <Text component="span" size="sm" c="ink.7">
                      {hint.voteCount === null || hint.voteCount === undefined
                        ? t('ideas.card.comments', { count: hint.commentCount })
                        : `${t('ideas.vote.count', { count: hint.voteCount })} · ${t('ideas.card.comments', { count: hint.commentCount })}`}
                    </Text>
                  </li>
                ))}
              </ul>
              <Text size="sm" c="ink.7">
                {t('ideas.propose.similarHelp')}
              </Text>
            </div>
          )}
        </div>
        <MarkdownEditor
          label={t('ideas.propose.bodyLabel')}
          description={t('ideas.propose.bodyHint')}
          maxLength={IDEA_BODY_MAX}
          minRows={4}
          {...fieldProps(form, 'body')}
        />
        <FormFailure failure={failure} />
        {returned !== null && (
          <Alert variant="light" color="red" radius="md" role="alert">
            {t('ideas.propose.returned', { title: returned })}
          </Alert>
        )}
        {paused && (
          <Alert
            id={`propose-paused-${challengeId}`}
            variant="light"
            color="ink"
            radius="md"
            icon={<IconClockPause aria-hidden="true" />}
            className={classes.paused}
          >
            {t('brainstorm.propose.paused')}
          </Alert>
        )}
        <div className={classes.actions}>
          <SubmitButton
            busy={submitting}
            disabled={paused}
            aria-describedby={paused ? `propose-paused-${challengeId}` : undefined}
            leftSection={<IconSend size={20} aria-hidden="true" />}
          >
            {t('ideas.propose.submit')}
          </SubmitButton>
          <Text role="status" fw={700} c="green.9">
            {done && !paused ? t('ideas.propose.done') : null}
          </Text>
        </div>
        <PendingSends
          title={t('ideas.propose.pendingTitle', { count: outbox.pending.length })}
          help={t('ideas.propose.pendingHelp')}
          items={outbox.pending.map((item) => ({
            key: item.key,
            label: t('ideas.propose.pendingItem', { title: item.values.title.trim() }),
          }))}
        />
      </Stack>
    </form>
  );
  if (inDialog) return fields;
  return (
    <Paper
      component="section"
      aria-labelledby="propose-idea"
      radius="lg"
      p={{ base: 'md', sm: 'xl' }}
      withBorder
      className={classes.panel}
    >
      {fields}
    </Paper>
  );
}
