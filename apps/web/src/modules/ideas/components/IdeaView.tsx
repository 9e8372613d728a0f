import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ChallengeStatus, IdeaStatus } from '@ouimake/domain';
import {
  IconAlertTriangle,
  IconArrowMerge,
  IconClockPause,
  IconDeviceFloppy,
  IconLock,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { useTypography } from '../../../shared/useTypography';
import { type FragmentType, getFragmentData } from '../../../gql';
import { CharacterCount } from '../../../ui/CharacterCount';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { Markdown } from '../../../ui/Markdown';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { useViewer } from '../../accounts/hooks/useViewer';
import { useActivePhase } from '../../brainstorm/hooks/useActivePhase';
import { HiddenNotice } from '../../curation/components/HiddenNotice';
import { IdeaCurationPanel } from '../../curation/components/IdeaCurationPanel';
import { useIdeaActions } from '../../curation/hooks/useIdeaActions';
import { votesPaused } from '../../brainstorm/roundRules';
import { removeIdea } from '../cacheUpdates';
import { ideaActionRefusal, ideaFormRefusal } from '../failures';
import { UpdateIdeaMutation, WithdrawIdeaMutation } from '../graphql/IdeaActions.mutation';
import { IdeaViewFragment } from '../graphql/IdeaView.fragment';
import { VoteButtonFragment } from '../graphql/VoteButton.fragment';
import { checkIdeaBody, checkIdeaTitle, IDEA_BODY_MAX, IDEA_TITLE_MAX } from '../validation';
import classes from './IdeaView.module.css';
import { IdeaTimeline } from './IdeaTimeline';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { VoteButton } from './VoteButton';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

/**
 * Whether the author may still withdraw their idea: not once others have voted for it (the API
 * refuses). Blind counts say nothing: the button stays, and a refusal is explained.
 */
export function withdrawable(idea: { voteCount: number | null; viewerHasVoted: boolean }): boolean {
  if (idea.voteCount === null) return true;
  return idea.voteCount - (idea.viewerHasVoted ? 1 : 0) <= 0;
}

/**
 * An idea on its own page: its full text as Markdown, who proposed it and when, its vote; for its
 * author while the challenge is open, editing it and withdrawing it (until others vote for it);
 * where it went once merged; marked hidden, with why, for its author and curators; curation for
 * curators, and reporting it for others signed in.
 */
export function IdeaView(props: { idea: FragmentType<typeof IdeaViewFragment> }) {
  const idea = getFragmentData(IdeaViewFragment, props.idea);
  const { t } = useTranslation();
  const typeset = useTypography();
  const { viewer, isLoading } = useViewer();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const open = idea.challenge.status === ChallengeStatus.OPEN;
  const isAuthor = viewer?.id === idea.author.id;
  const edited = idea.updatedAt !== idea.createdAt;
  const roundPhase = useActivePhase(idea.challenge.session);
  const paused = open && votesPaused(roundPhase);
  const votes = getFragmentData(VoteButtonFragment, idea);
  const merged = idea.status === IdeaStatus.MERGED;
  const canWithdraw = withdrawable({
    voteCount: votes.voteCount ?? null,
    viewerHasVoted: votes.viewerHasVoted,
  });
  const actions = useIdeaActions({
    id: idea.id,
    title: idea.title,
    status: idea.status,
    hidden: idea.hidden,
    viewerHasReported: idea.viewerHasReported,
    voteCount: votes.voteCount ?? null,
    commentCount: idea.commentCount,
  });

  return (
    <Stack gap="lg" component="article" aria-labelledby="idea-title">
      {idea.mergedInto && (
        <Alert
          variant="light"
          color="ink"
          radius="md"
          icon={<IconArrowMerge aria-hidden="true" />}
          tabIndex={-1}
          data-merged-notice
        >
          <Stack gap={6} align="flex-start">
            <Text>{t('ideas.view.merged')}</Text>
            <Anchor component={Link} to={`/ideas/${idea.mergedInto.id}`} fw={800}>
              {t('ideas.view.mergedInto', { title: idea.mergedInto.title })}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {idea.hidden && <HiddenNotice kind="idea" reason={idea.hiddenReason} />}
      <Paper
        className={classes.note}
        radius="sm"
        p={{ base: 'lg', sm: 'xl' }}
        data-hidden={idea.hidden || undefined}
      >
        <Stack gap="md">
          <Group gap="sm">
            <IdeaStatusBadge status={idea.status} />
            <Text c="ink.7">
              {t('ideas.view.byOn', { name: idea.author.displayName, date: new Date(idea.createdAt) })}
              {edited ? ` · ${t('ideas.view.edited')}` : ''}
            </Text>
          </Group>
          {editing ? (
            <EditIdeaForm
              idea={{ id: idea.id, title: idea.title, body: idea.body }}
              onDone={() => setEditing(false)}
            />
          ) : (
            <>
              <Title order={1} id="idea-title" className={classes.title}>
                {typeset(idea.title)}
              </Title>
              {idea.body.trim() ? (
                <Markdown>{idea.body}</Markdown>
              ) : (
                <Text c="ink.7" fs="italic">
                  {t('ideas.view.noBody')}
                </Text>
              )}
            </>
          )}
          <div className={classes.footer}>
            <VoteButton
              idea={idea}
              challenge={{ id: idea.challenge.id, viewerVotesLeft: idea.challenge.viewerVotesLeft ?? null }}
              canVote={open && !merged}
              signedOut={!viewer && !isLoading}
              paused={paused}
            />
            {idea.challenge.voteBudget !== null &&
              idea.challenge.viewerVotesLeft !== null &&
              idea.challenge.viewerVotesLeft !== undefined &&
              open && (
                <Text fw={800}>
                  {t('ideas.wall.votesLeft', {
                    count: idea.challenge.viewerVotesLeft,
                    budget: idea.challenge.voteBudget,
                  })}
                </Text>
              )}
          </div>
        </Stack>
      </Paper>
      <IdeaTimeline idea={idea} />
      {!open && (
        <Alert variant="light" color="ink" radius="md" icon={<IconLock aria-hidden="true" />}>
          {t('ideas.view.closed')}
        </Alert>
      )}
      {paused && (
        <Alert variant="light" color="ink" radius="md" icon={<IconClockPause aria-hidden="true" />}>
          {t('brainstorm.wall.votesPaused')}
        </Alert>
      )}
      {isAuthor && open && !merged && !editing && (
        <Group gap="sm">
          <Button
            variant="default"
            size="md"
            leftSection={<IconPencil size={20} aria-hidden="true" />}
            onClick={() => setEditing(true)}
          >
            {t('ideas.view.edit')}
          </Button>
          {canWithdraw && (
            <Button
              variant="default"
              size="md"
              color="red"
              leftSection={<IconTrash size={20} aria-hidden="true" />}
              onClick={() => setWithdrawing(true)}
            >
              {t('ideas.view.withdraw')}
            </Button>
          )}
        </Group>
      )}
      <IdeaCurationPanel
        actions={actions}
        challengeId={idea.challenge.id}
        canCurate={idea.challenge.viewerCanCurate}
        canReport={viewer !== null && !isAuthor}
      />
      {withdrawing && (
        <WithdrawDialog
          idea={{ id: idea.id, challengeId: idea.challenge.id }}
          onClose={() => setWithdrawing(false)}
        />
      )}
      <Text>
        <Anchor component={Link} to={`/challenges/${idea.challenge.id}`} fw={700}>
          {t('ideas.view.allIdeas', { title: idea.challenge.title })}
        </Anchor>
      </Text>
    </Stack>
  );
}

function EditIdeaForm({
  idea,
  onDone,
}: {
  idea: { id: string; title: string; body: string };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateIdeaMutation);
  const form = useForm({
    initialValues: { title: idea.title, body: idea.body },
    validate: {
      title: (value: string) => show(checkIdeaTitle(value)),
      body: (value: string) => show(checkIdeaBody(value)),
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['title', 'body'],
    send: async (values) => {
      await update({
        variables: { id: idea.id, input: { title: values.title.trim(), body: values.body } },
      });
      onDone();
    },
    refusal: ideaFormRefusal,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-idea">
      <Stack gap="md">
        <Title order={1} size="h2" id="edit-idea">
          {t('ideas.view.editTitle')}
        </Title>
        <div>
          <TextInput
            label={t('ideas.propose.titleLabel')}
            required
            size="md"
            {...fieldProps(form, 'title')}
          />
          <CharacterCount value={form.values.title} max={IDEA_TITLE_MAX} />
        </div>
        <MarkdownEditor
          label={t('ideas.propose.bodyLabel')}
          maxLength={IDEA_BODY_MAX}
          minRows={6}
          {...fieldProps(form, 'body')}
        />
        <FormFailure failure={failure} />
        <Group gap="sm">
          <SubmitButton
            busy={submitting}
            size="md"
            leftSection={<IconDeviceFloppy size={20} aria-hidden="true" />}
          >
            {t('ideas.view.save')}
          </SubmitButton>
          <Button variant="default" size="md" onClick={onDone}>
            {t('ideas.view.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WithdrawDialog({
  idea,
  onClose,
}: {
  idea: { id: string; challengeId: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [withdraw, { loading }] = useMutation(WithdrawIdeaMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const confirm = async () => {
    if (loading) return;
    setFailure(null);
    try {
      await withdraw({
        variables: { id: idea.id },
        update: (cache) => removeIdea(cache, idea.challengeId, idea.id),
      });
      void navigate(`/challenges/${idea.challengeId}`);
    } catch (error) {
      setFailure(ideaActionRefusal(error));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('ideas.view.withdrawTitle')} radius="lg" size="md">
      <Stack gap="md">
        <Text>{t('ideas.view.withdrawExplanation')}</Text>
        {failure && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Message message={failure} />
          </Alert>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('ideas.view.cancel')}
          </Button>
          <Button
            color="red.9"
            size="md"
            aria-disabled={loading || undefined}
            onClick={() => void confirm()}
            leftSection={<IconTrash size={20} aria-hidden="true" />}
          >
            {t('ideas.view.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
