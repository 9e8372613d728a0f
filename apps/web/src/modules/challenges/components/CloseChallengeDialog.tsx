import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IdeaStatus, LIMITS } from '@ouimake/domain';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../../gql';
import { formRefusal } from '../../../shared/formRefusal';
import { message, Message, type MessageRef } from '../../../shared/Message';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { FormFailure } from '../../../ui/FormFailure';
import { fieldProps } from '../../../shared/formFields';
import { MarkdownEditor } from '../../../ui/MarkdownEditor';
import { SubmitButton } from '../../../ui/SubmitButton';
import { SetIdeaStatusMutation } from '../../curation/graphql/IdeaCuration.mutation';
import { ShortlistQuery } from '../../curation/graphql/Shortlist.query';
import { ChallengeIdeasQuery } from '../../ideas/graphql/ChallengeIdeas.query';
import { forgetChallengeLists } from '../cacheUpdates';
import { CloseChallengeMutation } from '../graphql/ChallengeLifecycle.mutation';
import {
  SELECTABLE_IDEAS,
  SelectableIdeaFragment,
  SelectableIdeasQuery,
} from '../graphql/SelectableIdeas.query';
import { checkOutcome } from '../validation';
import { type SelectableIdea, SelectIdeasField } from './SelectIdeasField';
import { useMaxWidth } from '../../../shared/useViewport';

const show = (problem: MessageRef | null) => (problem ? <Message message={problem} /> : null);
const outcomeMessages = {
  outcome: () => message('closeChallenge.errors.outcomeTooLong', { max: LIMITS.challenge.descriptionMax }),
};

export interface CloseChallengeDialogProps {
  challenge: { id: string; title: string; outcome?: string | null; projectId: string };
  opened: boolean;
  /** `close` an open challenge, or `rewrite` the outcome of a closed one. */
  mode: 'close' | 'rewrite';
  onClose: () => void;
  /** After the API closed it (or kept the new outcome). */
  onDone: () => void;
}

/**
 * Closing a challenge, for curators: it stops taking ideas and votes, says what came of it (an
 * outcome in Markdown, with a preview) and which ideas it selected (a checklist, the shortlisted
 * ones first). The same dialog rewrites the outcome and the selection later.
 */
export function CloseChallengeDialog({
  challenge,
  opened,
  mode,
  onClose,
  onDone,
}: CloseChallengeDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const phone = useMaxWidth('(max-width: 30em)');
  const [closeChallenge] = useMutation(CloseChallengeMutation);
  const [setIdeaStatus] = useMutation(SetIdeaStatusMutation);
  const form = useForm({
    initialValues: { outcome: challenge.outcome ?? '' },
    validate: { outcome: (value) => show(checkOutcome(value)) },
  });
  // Its own copy: these lists must not become the wall's pages in the cache.
  const ideas = useQuery(SelectableIdeasQuery, {
    variables: { id: challenge.id, first: SELECTABLE_IDEAS },
    fetchPolicy: 'no-cache',
    skip: !opened,
    notifyOnNetworkStatusChange: true,
  });
  const lists = ideas.data?.challenge ?? null;
  const read = (edges: ReadonlyArray<{ node: FragmentType<typeof SelectableIdeaFragment> }>) =>
    edges.map(({ node }): SelectableIdea => {
      const idea = getFragmentData(SelectableIdeaFragment, node);
      return { ...idea, voteCount: idea.voteCount ?? null };
    });
  const kept = lists ? read(lists.kept.edges) : null;
  const proposed = lists ? read(lists.proposed.edges) : null;
  const notListed = lists
    ? lists.kept.totalCount -
      lists.kept.edges.length +
      lists.proposed.totalCount -
      lists.proposed.edges.length
    : 0;
  const selectedBefore = (kept ?? []).filter((idea) => idea.status === IdeaStatus.SELECTED).map((i) => i.id);
  const [selected, setSelected] = useState<string[] | null>(null);
  // Once the ideas are known, those already selected start checked.
  if (selected === null && kept !== null) setSelected(selectedBefore);

  const { onSubmit, submitting, failure, clearFailure } = useFormSubmit(form, {
    order: ['outcome'],
    send: async ({ outcome }) => {
      const chosen = selected ?? [];
      await closeChallenge({
        variables: {
          id: challenge.id,
          outcome: outcome.trim(),
          selectedIdeaIds: chosen.length ? chosen : undefined,
        },
      });
      // Unchecked, a selected idea goes back to the shortlist.
      await Promise.all(
        selectedBefore
          .filter((id) => !chosen.includes(id))
          .map((id) => setIdeaStatus({ variables: { id, status: IdeaStatus.SHORTLISTED } })),
      );
      forgetChallengeLists(client.cache, challenge.projectId);
      client.refetchQueries({ include: [ChallengeIdeasQuery, ShortlistQuery] }).catch(() => undefined);
      form.resetDirty();
      onDone();
    },
    refusal: (error) => formRefusal(error, outcomeMessages),
  });

  const dismiss = () => {
    if (submitting) return;
    clearFailure();
    form.reset();
    setSelected(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={mode === 'close' ? t('closeChallenge.title') : t('closeChallenge.rewriteTitle')}
      size="xl"
      radius="lg"
      padding="xl"
      // A phone: the whole screen, so that the outcome has room.
      fullScreen={phone}
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('closeChallenge.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Text size="lg" fw={700}>
            {challenge.title}
          </Text>
          {mode === 'close' && <Text c="ink.8">{t('closeChallenge.explanation')}</Text>}
          <MarkdownEditor
            {...fieldProps(form, 'outcome')}
            label={t('closeChallenge.outcome')}
            description={t('closeChallenge.outcomeHint')}
            required
            maxLength={LIMITS.challenge.descriptionMax}
            minRows={8}
          />
          <SelectIdeasField
            kept={kept}
            proposed={proposed}
            notListed={notListed}
            failed={Boolean(ideas.error)}
            onRetry={() => void ideas.refetch().catch(() => undefined)}
            value={selected ?? []}
            onChange={setSelected}
          />
          <FormFailure failure={failure} />
          <Group gap="md" justify="flex-end">
            <Button variant="default" size="lg" onClick={dismiss}>
              {t('closeChallenge.cancel')}
            </Button>
            <SubmitButton busy={submitting} leftSection={<IconLock size={20} aria-hidden="true" />}>
              {mode === 'close' ? t('closeChallenge.submit') : t('closeChallenge.rewriteSubmit')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
