import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IdeaStatus } from '@ouimake/domain';
import {
  IconAlertTriangle,
  IconArrowMerge,
  IconArrowDown,
  IconRefresh,
  IconSearch,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Message, message, type MessageRef } from '../../../shared/Message';
import { markMerged } from '../cacheUpdates';
import { curationRefusal } from '../failures';
import { MergeIdeasMutation } from '../graphql/IdeaCuration.mutation';
import { MERGE_CANDIDATES, MergeCandidatesQuery, MergeSearchQuery } from '../graphql/MergeCandidates.query';
import { matchesSearch, type MergeSide, mergeVotes } from '../mergePreview';
import classes from './MergeIdeaDialog.module.css';
import { useMaxWidth } from '../../../shared/useViewport';

/** How many ideas the list shows at once: more is found by searching. */
export const MERGE_SHOWN = 8;

interface Candidate extends MergeSide {
  status: IdeaStatus;
  hidden: boolean;
  author: { displayName: string };
}

export interface MergeIdeaDialogProps {
  source: MergeSide;
  challengeId: string;
  onClose: () => void;
  /** Once the API has merged it, with the idea it went into. */
  onMerged: (target: { id: string; title: string }) => void;
}

/**
 * "Merge into…": a search among the challenge's other ideas (those close to this one first), and
 * before confirming, what the merge does: the target's votes now and after, where the comments go,
 * and that the source leaves the wall for good.
 */
export function MergeIdeaDialog({ source, challengeId, onClose, onMerged }: MergeIdeaDialogProps) {
  const { t } = useTranslation();
  const phone = useMaxWidth('(max-width: 30em)');
  // Its own copy: a hundred ideas must not become the wall's first page in the cache.
  const candidates = useQuery(MergeCandidatesQuery, {
    variables: { challengeId, ideaId: source.id, first: MERGE_CANDIDATES },
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
  });
  const [search, setSearch] = useState('');
  const [searched] = useDebouncedValue(search.trim(), 300);
  const ideas = candidates.data?.challenge?.ideas;
  const partial = ideas ? ideas.totalCount > ideas.edges.length : false;
  // Past what was loaded, the API looks for the words searched.
  const more = useQuery(
    MergeSearchQuery,
    partial && searched.length >= 3
      ? { variables: { challengeId, text: searched }, fetchPolicy: 'no-cache' }
      : skipToken,
  );
  const [targetId, setTargetId] = useState<string | null>(null);
  const [merge] = useMutation(MergeIdeasMutation);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageRef | null>(null);

  const similar = new Set(candidates.data?.idea?.similar.map((idea) => idea.id) ?? []);
  const known = new Map<string, Candidate>();
  for (const idea of [...(ideas?.edges.map((edge) => edge.node) ?? []), ...(more.data?.similarIdeas ?? [])]) {
    // Never itself, a merged idea (the API refuses), or a hidden one (its votes would vanish from view).
    if (idea.id === source.id || idea.status === IdeaStatus.MERGED || idea.hidden) continue;
    if (!known.has(idea.id)) known.set(idea.id, { ...idea, voteCount: idea.voteCount ?? null });
  }
  const all = [...known.values()];
  const ordered = [
    ...all.filter((idea) => similar.has(idea.id)),
    ...all.filter((idea) => !similar.has(idea.id)),
  ];
  const matching = ordered.filter((idea) => matchesSearch(idea.title, search));
  const shown = matching.slice(0, MERGE_SHOWN);
  const target = targetId ? (known.get(targetId) ?? null) : null;
  // The chosen idea stays in the list while the search changes.
  if (target && !shown.some((idea) => idea.id === target.id)) shown.unshift(target);

  const dismiss = () => {
    if (!busy) onClose();
  };

  const confirm = async () => {
    if (busy) return;
    if (!target) {
      setFailure(message('merge.pickFirst'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await merge({
        variables: { sourceId: source.id, targetId: target.id },
        update: (cache) => markMerged(cache, challengeId, source, target),
      });
      onMerged({ id: target.id, title: target.title });
    } catch (error) {
      setFailure(curationRefusal(error));
      setBusy(false);
    }
  };

  const votes = target ? mergeVotes(source, target) : null;

  return (
    <Modal
      opened
      onClose={dismiss}
      title={t('merge.title')}
      size="62rem"
      radius="lg"
      fullScreen={phone}
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-xl)' } }}
      closeButtonProps={{ 'aria-label': t('curation.cancel') }}
    >
      <Stack gap="lg">
        <Text>{t('merge.intro', { title: source.title })}</Text>
        <TextInput
          label={t('merge.search')}
          placeholder={t('merge.searchPlaceholder')}
          size="md"
          leftSection={<IconSearch size={18} aria-hidden="true" />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-autofocus
        />

        <div className={classes.columns}>
          <div>
            {candidates.error && !ideas ? (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
                <Stack gap="xs" align="flex-start">
                  <Text>{t('merge.error')}</Text>
                  <Button
                    variant="default"
                    size="sm"
                    leftSection={<IconRefresh size={18} aria-hidden="true" />}
                    onClick={() => void candidates.refetch().catch(() => undefined)}
                  >
                    {t('merge.retry')}
                  </Button>
                </Stack>
              </Alert>
            ) : !ideas ? (
              <Group gap="sm" aria-busy="true">
                <Loader size="sm" color="ink.7" aria-hidden="true" />
                <Text role="status">{t('merge.loading')}</Text>
              </Group>
            ) : all.length === 0 ? (
              <Text c="ink.7" size="lg">
                {t('merge.none')}
              </Text>
            ) : (
              <Radio.Group
                label={t('merge.candidates')}
                value={targetId}
                onChange={(value) => {
                  setTargetId(value);
                  setFailure(null);
                }}
                size="md"
              >
                <Stack gap="xs" mt="xs" className={classes.candidates}>
                  {shown.map((idea) => (
                    <Radio
                      key={idea.id}
                      value={idea.id}
                      size="md"
                      classNames={{ root: classes.candidate, body: classes.candidateBody }}
                      label={
                        <span className={classes.candidateTitle}>
                          {idea.title}
                          {similar.has(idea.id) && (
                            <Badge size="sm" variant="filled" color="ink.9" ml="xs">
                              {t('merge.similar')}
                            </Badge>
                          )}
                        </span>
                      }
                      description={[
                        t('merge.by', { name: idea.author.displayName }),
                        idea.voteCount !== null ? t('ideas.vote.count', { count: idea.voteCount }) : null,
                        t('ideas.card.comments', { count: idea.commentCount }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  ))}
                  {matching.length === 0 && (
                    <Text c="ink.7">{t('merge.noMatch', { query: search.trim() })}</Text>
                  )}
                  {matching.length > MERGE_SHOWN && (
                    <Text c="ink.7" size="sm">
                      {t('merge.more', { count: matching.length - MERGE_SHOWN })}
                    </Text>
                  )}
                </Stack>
              </Radio.Group>
            )}
          </div>
          <Paper
            component="section"
            aria-labelledby="merge-preview"
            className={classes.preview}
            radius="md"
            p="lg"
          >
            <Title order={3} size="h4" id="merge-preview" mb="sm">
              {t('merge.previewTitle')}
            </Title>
            <div aria-live="polite">
              {target ? (
                <Stack gap="sm">
                  <dl className={classes.route}>
                    <div>
                      <dt>{t('merge.sourceLabel')}</dt>
                      <dd>{source.title}</dd>
                    </div>
                    <IconArrowDown size={22} aria-hidden="true" className={classes.arrow} />
                    <div>
                      <dt>{t('merge.targetLabel')}</dt>
                      <dd>{target.title}</dd>
                    </div>
                  </dl>
                  <Text>{t('merge.target')}</Text>
                  {votes && (
                    <dl className={classes.votes}>
                      <div>
                        <dt>{t('merge.votesNow')}</dt>
                        <dd>{t('ideas.vote.count', { count: votes.now })}</dd>
                      </div>
                      <div>
                        <dt>{t('merge.votesAfter')}</dt>
                        <dd>
                          {votes.exact
                            ? t('ideas.vote.count', { count: votes.after })
                            : t('merge.votesUpTo', { count: votes.after })}
                        </dd>
                      </div>
                    </dl>
                  )}
                  <Text size="sm" c="ink.8">
                    {t('merge.votesBoth')}
                  </Text>
                  <Text>{t('merge.comments', { count: source.commentCount })}</Text>
                  <Text fw={700}>{t('merge.leaves')}</Text>
                </Stack>
              ) : (
                <Text c="ink.7">{t('merge.previewNone')}</Text>
              )}
            </div>
          </Paper>
        </div>
        {failure && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Message message={failure} />
          </Alert>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" size="md" onClick={dismiss}>
            {t('curation.cancel')}
          </Button>
          <Button
            size="md"
            color="ink.9"
            aria-disabled={busy || undefined}
            loading={busy}
            leftSection={<IconArrowMerge size={20} aria-hidden="true" />}
            onClick={() => void confirm()}
          >
            {t('merge.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
