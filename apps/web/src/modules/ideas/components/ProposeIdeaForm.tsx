import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBulb, IconClockPause, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Message, type MessageRef } from '../../../app/Message';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps, focusFirstError } from '../../../ui/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
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
}

/**
 * Proposing an idea: a title and, if wanted, a few lines of Markdown. While the title is typed,
 * ideas already proposed that look alike are shown, to vote for one of them rather than repeat it.
 */
export function ProposeIdeaForm({ challengeId, onProposed, paused = false }: ProposeIdeaFormProps) {
  const { t } = useTranslation();
  const [propose] = useMutation(ProposeIdeaMutation);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [done, setDone] = useState(false);
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

  const submit = form.onSubmit(
    async (values) => {
      if (busy || paused) return;
      setBusy(true);
      setFailure(null);
      setDone(false);
      try {
        const { data } = await propose({
          variables: { input: { challengeId, title: values.title.trim(), body: values.body } },
          update: (cache, result) => {
            if (result.data) addIdeaToChallenge(cache, challengeId, result.data.proposeIdea);
          },
        });
        form.reset();
        setDone(true);
        if (data) onProposed?.(data.proposeIdea.id);
      } catch (error) {
        const refusal = ideaFormRefusal(error);
        form.setErrors(Object.fromEntries(Object.entries(refusal.fields).map(([k, v]) => [k, show(v)])));
        setFailure(refusal.form);
        focusFirstError(form, order, refusal.fields);
      } finally {
        setBusy(false);
      }
    },
    (errors) => focusFirstError(form, order, errors),
  );

  return (
    <Paper
      component="section"
      aria-labelledby="propose-idea"
      radius="lg"
      p={{ base: 'md', sm: 'xl' }}
      withBorder
      className={classes.panel}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="propose-idea">
            {t('ideas.propose.title')}
          </Title>
          <div>
            <TextInput
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
              busy={busy}
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
        </Stack>
      </form>
    </Paper>
  );
}
