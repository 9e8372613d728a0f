import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { BrainstormPhase, ChallengeStatus, IdeaOrder } from '@ouimake/domain';
import { IconBulb, IconClockPause, IconEyeOff, IconLock, IconLogin } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LoadFailed } from '../../../ui/LoadFailed';
import { StateMessage } from '../../../ui/StateMessage';
import { signInPath } from '../../accounts/redirect';
import { useViewer } from '../../accounts/hooks/useViewer';
import { ChallengeIdeasQuery, IDEAS_PAGE_SIZE } from '../graphql/ChallengeIdeas.query';
import { IdeaCard } from './IdeaCard';
import classes from './IdeaWall.module.css';
import { ProposeIdeaForm } from './ProposeIdeaForm';

/**
 * The challenge's ideas as a wall of sticky notes, best or newest first, a page at a time; how many
 * votes the viewer has left; and, while the challenge is open, the form to propose one more.
 * While blind voting hides the counts, ideas come newest first and no "most voted" is offered.
 */
export interface IdeaWallProps {
  challengeId: string;
  /** The challenge's rules, known from its page before its ideas arrive. */
  blindVoting: boolean;
  status: ChallengeStatus;
  voteBudget: number | null;
  /** What the page says about the ideas (how many, how many people), under the heading. */
  summary?: ReactNode;
  /** The live round in force: votes wait during an ideas round, new ideas during a voting round. */
  roundPhase?: BrainstormPhase | null;
}

/**
 * The ideas that joined the wall after it first showed (proposed live, or a page loaded later): they
 * come in with a short animation, once.
 */
function useArrivals(ids: readonly string[] | null): ReadonlySet<string> {
  const known = useRef<Set<string> | null>(null);
  const arrived = useRef(new Set<string>());
  if (ids) {
    if (known.current === null) known.current = new Set(ids);
    for (const id of ids) {
      if (!known.current.has(id)) {
        known.current.add(id);
        arrived.current.add(id);
      }
    }
  }
  return arrived.current;
}

export function IdeaWall({
  challengeId,
  blindVoting,
  status,
  voteBudget,
  summary,
  roundPhase = null,
}: IdeaWallProps) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const blindRule = blindVoting && status === ChallengeStatus.OPEN;
  const [chosenOrder, setOrder] = useState<IdeaOrder>(blindRule ? IdeaOrder.NEWEST : IdeaOrder.TOP);
  const [countsShown, setCountsShown] = useState(false);
  // Blind for this viewer: counts are hidden, and ranking by votes would give them away.
  const blind = blindRule && !countsShown;
  const orderBy = blind ? IdeaOrder.NEWEST : chosenOrder;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ChallengeIdeasQuery, {
    variables: { id: challengeId, first: IDEAS_PAGE_SIZE, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const challenge = data?.challenge ?? null;
  const ideas = challenge?.ideas;
  // Curators may see the counts of a blind challenge: the API says so by sending them.
  const sentCounts = Boolean(
    ideas?.edges.some(({ node }) => node.voteCount !== null && node.voteCount !== undefined),
  );
  if (blindRule && sentCounts && !countsShown) setCountsShown(true);

  const open = status === ChallengeStatus.OPEN;
  const signedOut = !viewer && !viewerLoading;
  const voteChallenge = { id: challengeId, viewerVotesLeft: challenge?.viewerVotesLeft ?? null };
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const arrivals = useArrivals(ideas ? ideas.edges.map(({ node }) => node.id) : null);
  const votesPaused = open && roundPhase === BrainstormPhase.IDEATION;
  const ideasPaused = open && roundPhase === BrainstormPhase.VOTING;

  return (
    <section aria-labelledby="challenge-ideas" className={classes.wall}>
      <Group justify="space-between" align="flex-end" gap="md" className={classes.head}>
        <Stack gap={4}>
          <Title order={2} id="challenge-ideas">
            {t('challengePage.ideas.title')}
          </Title>
        </Stack>
        {challenge && !blind && (
          <SegmentedControl
            aria-label={t('ideas.wall.order')}
            value={chosenOrder}
            onChange={(value) => setOrder(value === IdeaOrder.NEWEST ? IdeaOrder.NEWEST : IdeaOrder.TOP)}
            data={[
              { value: IdeaOrder.TOP, label: t('ideas.wall.top') },
              { value: IdeaOrder.NEWEST, label: t('ideas.wall.newest') },
            ]}
            radius="xl"
            size="md"
            fullWidth
            className={classes.order}
          />
        )}
      </Group>

      {summary}
      {challenge && (
        <div className={classes.notes}>
          {blind && (
            <Text className={classes.note} fw={700}>
              <IconEyeOff size={20} aria-hidden="true" />
              {t('ideas.wall.blind')}
            </Text>
          )}
          {voteBudget !== null &&
            challenge.viewerVotesLeft !== null &&
            challenge.viewerVotesLeft !== undefined &&
            open && (
              <Text className={classes.budget} fw={800} role="status" data-testid="votes-left">
                {t('ideas.wall.votesLeft', {
                  count: challenge.viewerVotesLeft,
                  budget: voteBudget,
                })}
              </Text>
            )}
          {(votesPaused || ideasPaused) && (
            <Text className={classes.round} fw={700}>
              <IconClockPause size={20} aria-hidden="true" />
              {votesPaused ? t('brainstorm.wall.votesPaused') : t('brainstorm.wall.ideasPaused')}
            </Text>
          )}
          {!open && (
            <Alert
              variant="light"
              color="ink"
              radius="md"
              icon={<IconLock aria-hidden="true" />}
              className={classes.closed}
            >
              {status === ChallengeStatus.CLOSED ? t('ideas.wall.closed') : t('ideas.wall.draft')}
            </Alert>
          )}
        </div>
      )}

      {error && !data ? (
        <LoadFailed
          title={t('ideas.wall.error.title')}
          body={t('ideas.wall.error.body')}
          retryLabel={t('ideas.wall.error.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !ideas ? (
        <div className={classes.grid} aria-busy="true">
          <VisuallyHidden role="status">{t('ideas.wall.loading')}</VisuallyHidden>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={180} radius="md" />
          ))}
        </div>
      ) : ideas.edges.length === 0 ? (
        <StateMessage icon={<IconBulb size={36} />} title={t('ideas.wall.empty.title')}>
          {open ? t('ideas.wall.empty.body') : t('ideas.wall.empty.closedBody')}
        </StateMessage>
      ) : (
        <Stack gap="lg">
          <ol className={classes.grid} aria-label={t('ideas.wall.list')}>
            {ideas.edges.map(({ node }) => (
              <li key={node.id} className={classes.item} data-arrived={arrivals.has(node.id) || undefined}>
                <IdeaCard
                  idea={node}
                  challenge={voteChallenge}
                  canVote={open}
                  signedOut={signedOut}
                  votesPaused={votesPaused}
                />
              </li>
            ))}
          </ol>
          {ideas.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                size="md"
                aria-disabled={loadingMore || undefined}
                loading={loadingMore}
                onClick={() => {
                  if (!loadingMore)
                    void fetchMore({ variables: { after: ideas.pageInfo.endCursor } }).catch(() => undefined);
                }}
              >
                {t('ideas.wall.more')}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {challenge && open && viewer && <ProposeIdeaForm challengeId={challengeId} paused={ideasPaused} />}
      {challenge && open && signedOut && (
        <Group gap="sm">
          <Button
            component={Link}
            to={signInPath(`${pathname}${search}`)}
            size="md"
            leftSection={<IconLogin size={20} aria-hidden="true" />}
          >
            {t('ideas.propose.signIn')}
          </Button>
        </Group>
      )}
    </section>
  );
}
