import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Message, type MessageRef } from '../../../shared/Message';
import { useOutbox } from '../../../shared/outbox';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { type FragmentType, getFragmentData } from '../../../gql';
import type { CommentThread_CommentFragment } from '../../../gql/graphql';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { Markdown } from '../../../ui/Markdown';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { PendingSends } from '../../../ui/PendingSends';
import { SubmitButton } from '../../../ui/SubmitButton';
import { useViewer } from '../../accounts/hooks/useViewer';
import { signInPath } from '../../accounts/redirect';
import { CommentModeration } from '../../curation/components/CommentModeration';
import { ActionFeedback } from '../../curation/components/ActionFeedback';
import { HiddenNotice } from '../../curation/components/HiddenNotice';
import { useCommentModeration } from '../../curation/hooks/useCommentModeration';
import { addCommentToIdea, markCommentDeleted } from '../cacheUpdates';
import { ideaActionRefusal } from '../failures';
import { AddCommentMutation, DeleteCommentMutation } from '../graphql/Comment.mutation';
import { CommentThreadFragment } from '../graphql/CommentThread.fragment';
import { checkComment, COMMENT_MAX } from '../validation';
import classes from './CommentThread.module.css';
import { excerpt } from './IdeaCard';

type CommentData = CommentThread_CommentFragment;

export interface CommentThreadProps {
  ideaId: string;
  comments: ReadonlyArray<FragmentType<typeof CommentThreadFragment>>;
  /** Who is signed in (their own comments can be deleted); null for a visitor. */
  viewerId: string | null;
  /** Comments are taken (the challenge is open). */
  canComment: boolean;
  /** The viewer curates the challenge: they see hidden comments, hide and show them again. */
  canCurate?: boolean;
}

/**
 * The conversation about an idea, oldest first: each comment with its replies (one level) under
 * it; answering, replying, and deleting one's own (it keeps its place, without its text); hidden
 * ones marked, with why, for their author and curators; hiding for curators, reporting for others.
 */
export function CommentThread({
  ideaId,
  comments: fragments,
  viewerId,
  canComment,
  canCurate = false,
}: CommentThreadProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const comments = fragments.map((fragment) => getFragmentData(CommentThreadFragment, fragment));
  const replies = new Map<string, CommentData[]>();
  const roots: CommentData[] = [];
  for (const comment of comments) {
    const parentId = comment.parent?.id;
    if (parentId && comments.some((c) => c.id === parentId)) {
      replies.set(parentId, [...(replies.get(parentId) ?? []), comment]);
    } else {
      roots.push(comment);
    }
  }

  return (
    <section aria-labelledby="idea-comments" className={classes.thread}>
      <Title order={2} id="idea-comments" mb="md">
        {t('comments.title', { count: comments.length })}
      </Title>
      {roots.length === 0 ? (
        <Text c="ink.7" size="lg" mb="md">
          {canComment ? t('comments.empty') : t('comments.emptyClosed')}
        </Text>
      ) : (
        <ol className={classes.list}>
          {roots.map((comment) => (
            <li key={comment.id}>
              <CommentItem
                comment={comment}
                ideaId={ideaId}
                viewerId={viewerId}
                canReply={canComment && viewerId !== null}
                canCurate={canCurate}
              />
              {(replies.get(comment.id) ?? []).length > 0 && (
                <ol
                  className={classes.replies}
                  aria-label={t('comments.repliesTo', { name: comment.author.displayName })}
                >
                  {(replies.get(comment.id) ?? []).map((reply) => (
                    <li key={reply.id}>
                      <CommentItem
                        comment={reply}
                        ideaId={ideaId}
                        viewerId={viewerId}
                        canReply={false}
                        canCurate={canCurate}
                      />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {canComment && viewerId !== null && <CommentForm ideaId={ideaId} />}
      {canComment && viewerId === null && (
        <Button component={Link} to={signInPath(pathname)} size="md" variant="default" mt="md">
          {t('comments.signIn')}
        </Button>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  ideaId,
  viewerId,
  canReply,
  canCurate,
}: {
  comment: CommentData;
  ideaId: string;
  viewerId: string | null;
  canReply: boolean;
  canCurate: boolean;
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [remove, { loading }] = useMutation(DeleteCommentMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const moderation = useCommentModeration({ id: comment.id, authorName: comment.author.displayName });
  const mine = viewerId !== null && comment.author.id === viewerId;
  const canReport = viewerId !== null && !mine;
  const headingId = `comment-${comment.id}`;

  if (comment.deleted) {
    return (
      <Paper className={classes.deleted} radius="md" p="md" aria-label={t('comments.deleted')}>
        <Text c="ink.7" fs="italic">
          {t('comments.deleted')}
        </Text>
      </Paper>
    );
  }

  const onDelete = async () => {
    if (loading) return;
    setFailure(null);
    try {
      await remove({
        variables: { id: comment.id },
        update: (cache) => markCommentDeleted(cache, comment.id),
      });
    } catch (error) {
      setFailure(ideaActionRefusal(error));
    }
  };

  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      className={classes.comment}
      radius="md"
      p="md"
      withBorder
      data-hidden={comment.hidden || undefined}
    >
      <Stack gap="xs">
        <Text fw={800} id={headingId}>
          {comment.author.displayName}{' '}
          <Text component="time" dateTime={comment.createdAt} c="ink.7" fw={400} size="sm">
            {t('comments.on', { date: new Date(comment.createdAt) })}
          </Text>
        </Text>
        {comment.hidden && <HiddenNotice kind="comment" reason={comment.hiddenReason} compact />}
        <Markdown>{comment.body}</Markdown>
        {(canReply || mine || canCurate || canReport) && (
          <Group gap="xs">
            {canReply && (
              <Button
                variant="subtle"
                color="ink.9"
                size="compact-md"
                aria-expanded={replying}
                leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
                onClick={() => setReplying((value) => !value)}
              >
                {t('comments.reply')}
              </Button>
            )}
            {mine && (
              <Button
                variant="subtle"
                color="red.9"
                size="compact-md"
                aria-disabled={loading || undefined}
                aria-label={t('comments.deleteLabel', { date: new Date(comment.createdAt) })}
                leftSection={<IconTrash size={18} aria-hidden="true" />}
                onClick={() => void onDelete()}
              >
                {t('comments.delete')}
              </Button>
            )}
            <CommentModeration
              moderation={moderation}
              comment={{
                id: comment.id,
                authorName: comment.author.displayName,
                hidden: comment.hidden,
                viewerHasReported: comment.viewerHasReported,
              }}
              subject={t('curation.commentSubject', {
                name: comment.author.displayName,
                excerpt: excerpt(comment.body, 120),
              })}
              canCurate={canCurate}
              canReport={canReport}
            />
          </Group>
        )}
        <ActionFeedback news={moderation.news} failure={moderation.failure} />
        {failure && (
          <Text role="alert" c="red.9" fw={700} size="sm">
            <Message message={failure} />
          </Text>
        )}
        {replying && (
          <CommentForm
            ideaId={ideaId}
            parent={{ id: comment.id, name: comment.author.displayName }}
            onDone={() => setReplying(false)}
          />
        )}
      </Stack>
    </Paper>
  );
}

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);

function CommentForm({
  ideaId,
  parent,
  onDone,
}: {
  ideaId: string;
  parent?: { id: string; name: string };
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(AddCommentMutation);
  const { viewer } = useViewer();
  const [returned, setReturned] = useState(false);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value: string) => show(checkComment(value)) },
  });
  // Sent while the connection is down, a comment waits on the device and goes once it is back.
  const outbox = useOutbox<{ body: string }>({
    slot: viewer ? `${viewer.id}:comment:${ideaId}:${parent?.id ?? ''}` : null,
    deliver: async ({ key, values }) => {
      await add({
        variables: { input: { ideaId, body: values.body, parentId: parent?.id ?? null, clientKey: key } },
        update: (cache, result) => {
          if (result.data) addCommentToIdea(cache, ideaId, result.data.addComment);
        },
      });
    },
    onRefused: ({ values }) => {
      if (!form.values.body.trim()) form.setValues(values);
      setReturned(true);
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, {
    order: ['body'],
    send: async ({ body }) => {
      setReturned(false);
      const outcome = await outbox.send({ body });
      form.reset();
      // A reply kept for later keeps its form open, to show that it waits.
      if (outcome === 'sent') onDone?.();
    },
    // Everything a comment can be refused for reads as one line above the button.
    refusal: (error) => ({ fields: {}, form: ideaActionRefusal(error) }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className={parent ? classes.replyForm : classes.form}>
      <Stack gap="sm">
        <MarkdownEditor
          label={parent ? t('comments.replyLabel', { name: parent.name }) : t('comments.label')}
          maxLength={COMMENT_MAX}
          minRows={parent ? 2 : 3}
          {...fieldProps(form, 'body')}
        />
        <FormFailure failure={failure} />
        {returned && (
          <Alert variant="light" color="red" radius="md" role="alert">
            {t('comments.returned')}
          </Alert>
        )}
        <PendingSends
          title={t('comments.pendingTitle', { count: outbox.pending.length })}
          help={t('comments.pendingHelp')}
          items={outbox.pending.map((item) => ({
            key: item.key,
            label: t('comments.pendingItem', { excerpt: excerpt(item.values.body, 80) }),
          }))}
        />
        <Group gap="sm">
          <SubmitButton
            busy={submitting}
            size="md"
            leftSection={
              parent ? (
                <IconArrowBackUp size={20} aria-hidden="true" />
              ) : (
                <IconSend size={20} aria-hidden="true" />
              )
            }
          >
            {parent ? t('comments.sendReply') : t('comments.send')}
          </SubmitButton>
          {parent && (
            <Button variant="default" size="md" onClick={onDone}>
              {t('ideas.view.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
