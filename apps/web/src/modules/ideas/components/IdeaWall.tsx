import {
  Affix,
  Alert,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { BrainstormPhase, ChallengeStatus, IdeaOrder } from '@ouimake/domain';
import { IconBulb, IconClockPause, IconEyeOff, IconLock, IconLogin, IconPlus } from '@tabler/icons-react';
import { type ReactNode, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePagedQuery } from '../../../shared/usePagedQuery';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadFailed } from '../../../ui/LoadFailed';
import { StateMessage } from '../../../ui/StateMessage';
import { signInPath } from '../../accounts/redirect';
import { useViewer } from '../../accounts/hooks/useViewer';
import { getFragmentData } from '../../../gql';
import { ChallengeIdeasQuery, IDEAS_PAGE_SIZE } from '../graphql/ChallengeIdeas.query';
import { IdeaCardFragment } from '../graphql/IdeaCard.fragment';
import { useFlip, useHeldItem, useLiveOrder } from '../hooks/useLiveOrder';
import { IdeaCard } from './IdeaCard';
import classes from './IdeaWall.module.css';
import { ProposeIdeaForm } from './ProposeIdeaForm';
import { useMaxWidth } from '../../../shared/useViewport';

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
  /** The viewer curates the challenge (Challenge.viewerCanCurate): each note offers curation. */
  canCurate?: boolean;
}

/** Where the board's header scrolls away and proposing moves to a button that is always in reach. */
export const PHONE_QUERY = '(max-width: 40em)';

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
  canCurate = false,
}: IdeaWallProps) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const blindRule = blindVoting && status === ChallengeStatus.OPEN;
  const [chosenOrder, setOrder] = useState<IdeaOrder>(blindRule ? IdeaOrder.NEWEST : IdeaOrder.TOP);
  const [countsShown, setCountsShown] = useState(false);
  // What happened to an idea that left the wall (merged into another).
  const [news, setNews] = useState('');
  // Blind for this viewer: counts are hidden, and ranking by votes would give them away.
  const blind = blindRule && !countsShown;
  const orderBy = blind ? IdeaOrder.NEWEST : chosenOrder;
  const page = usePagedQuery(ChallengeIdeasQuery, {
    variables: { id: challengeId, first: IDEAS_PAGE_SIZE, orderBy },
    connection: (data) => data.challenge?.ideas,
  });
  const challenge = page.data?.challenge ?? null;
  const ideas = page.connection;
  // Curators may see the counts of a blind challenge: the API says so by sending them.
  const sentCounts = Boolean(
    ideas?.edges.some(({ node }) => node.voteCount !== null && node.voteCount !== undefined),
  );
  if (blindRule && sentCounts && !countsShown) setCountsShown(true);

  const open = status === ChallengeStatus.OPEN;
  const signedOut = !viewer && !viewerLoading;
  const viewerVotesLeft = challenge?.viewerVotesLeft ?? null;
  // The same object while it says the same: the cards are only redrawn when what they show changed.
  const voteChallenge = useMemo(() => ({ id: challengeId, viewerVotesLeft }), [challengeId, viewerVotesLeft]);
  const loadingMore = page.isLoadingMore;
  const arrivals = useArrivals(ideas ? ideas.edges.map(({ node }) => node.id) : null);
  const votesPaused = open && roundPhase === BrainstormPhase.IDEATION;
  const ideasPaused = open && roundPhase === BrainstormPhase.VOTING;
  const phone = useMaxWidth(PHONE_QUERY);
  const [proposing, setProposing] = useState(false);

  // Most supported first, kept so as votes arrive live; the card held in hand stays put meanwhile.
  const edges = useMemo(
    () =>
      (ideas?.edges ?? []).map((edge) => ({
        edge,
        id: edge.node.id,
        voteCount: edge.node.voteCount,
        createdAt: getFragmentData(IdeaCardFragment, edge.node).createdAt,
      })),
    [ideas],
  );
  const { held, frozen, handlers } = useHeldItem();
  const shown = useLiveOrder(edges, { ranked: orderBy === IdeaOrder.TOP && !blind, held, frozen });
  const list = useRef<HTMLOListElement>(null);
  useFlip(list, shown.map((item) => item.id).join(' '));

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

      {page.error ? (
        <LoadFailed
          title={t('ideas.wall.error.title')}
          body={t('ideas.wall.error.body')}
          retryLabel={t('ideas.wall.error.retry')}
          onRetry={page.retry}
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
          <ol ref={list} className={classes.grid} aria-label={t('ideas.wall.list')} {...handlers}>
            {shown.map(({ edge: { node } }) => (
              <li
                key={node.id}
                className={classes.item}
                data-flip-id={node.id}
                data-arrived={arrivals.has(node.id) || undefined}
              >
                <Suspense fallback={null}>
                  <IdeaCard
                    idea={node}
                    challenge={voteChallenge}
                    canVote={open}
                    signedOut={signedOut}
                    votesPaused={votesPaused}
                    canCurate={canCurate}
                    viewerId={viewer?.id ?? null}
                    announce={setNews}
                  />
                </Suspense>
              </li>
            ))}
          </ol>
          {page.hasMore && (
            <Group justify="center">
              <Button
                variant="default"
                size="md"
                aria-disabled={loadingMore || undefined}
                loading={loadingMore}
                onClick={() => void page.loadMore()}
              >
                {t('ideas.wall.more')}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <LiveRegion message={news} />
      {challenge && open && viewer && !phone && (
        <ProposeIdeaForm challengeId={challengeId} paused={ideasPaused} />
      )}
      {challenge && open && viewer && phone && (
        <>
          {/* On a phone, proposing is one tap away wherever one has scrolled to. */}
          <Affix position={{ bottom: 16, right: 16 }} zIndex={150}>
            <Button
              size="lg"
              radius="xl"
              className={classes.proposeButton}
              leftSection={<IconPlus size={22} aria-hidden="true" />}
              aria-haspopup="dialog"
              onClick={() => setProposing(true)}
            >
              {t('ideas.propose.title')}
            </Button>
          </Affix>
          <Drawer
            opened={proposing}
            onClose={() => setProposing(false)}
            position="bottom"
            size="auto"
            radius="lg"
            title={t('ideas.propose.title')}
            closeButtonProps={{ 'aria-label': t('ideas.propose.close') }}
            classNames={{ title: classes.drawerTitle }}
          >
            <ProposeIdeaForm
              challengeId={challengeId}
              paused={ideasPaused}
              inDialog
              onProposed={() => {
                setProposing(false);
                setNews(t('ideas.propose.done'));
              }}
            />
          </Drawer>
        </>
      )}
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
