import { useQuery } from '@apollo/client/react';
import { Button, Loader, Text } from '@mantine/core';
import { BrainstormPhase, ChallengeStatus, IdeaOrder } from '@ouimake/domain';
import {
  IconArrowLeft,
  IconArrowsMaximize,
  IconArrowsMinimize,
  IconBulb,
  IconKeyboard,
  IconListCheck,
} from '@tabler/icons-react';
import { useElementSize } from '@mantine/hooks';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { OuimakeMark } from '../../../ui/OuimakeMark';
import { IdeaCardFragment } from '../../ideas/graphql/IdeaCard.fragment';
import { ChallengeIdeasQuery } from '../../ideas/graphql/ChallengeIdeas.query';
import { VenuePresence } from '../../events/components/VenuePresence';
import { PresenceIndicator } from '../../live/components/PresenceIndicator';
import type { PresenceIndicatorFragment } from '../../live/graphql/PresenceIndicator.fragment';
import { PROJECTOR_IDEAS } from '../graphql/ProjectorPage.query';
import { RoundBannerFragment } from '../graphql/RoundBanner.fragment';
import { useActivePhase } from '../hooks/useActivePhase';
import { isShortcutEvent, roundActionOf, useRoundShortcuts } from '../hooks/useRoundShortcuts';
import { ProjectorJoin } from './ProjectorJoin';
import { ProjectorShortcuts } from './ProjectorShortcuts';
import classes from './ProjectorView.module.css';
import { RoundCountdown } from './RoundCountdown';

export interface ProjectorChallenge {
  id: string;
  joinCode: string;
  title: string;
  status: ChallengeStatus;
  blindVoting: boolean;
}

export interface ProjectorViewProps {
  challenge: ProjectorChallenge &
    FragmentType<typeof RoundBannerFragment> &
    FragmentType<typeof PresenceIndicatorFragment>;
  /** The board's address as people type it (`ouimake.local`) and with its scheme, for the QR code. */
  host: string;
  origin: string;
}

/** Below this width (px, the style sheet's 60em), the projector is one column that scrolls. */
const NARROW_SCREEN = 960;

/** Seconds each page of ideas stays on screen when they do not all fit. */
export const PAGE_SECONDS = 12;

/**
 * How many notes fit in a region of `width` × `height` pixels on a `screenWidth` × `screenHeight`
 * screen: columns of at least 18% of the screen's width (260 px), rows of at least 17% of its
 * height (96 px), so that a note stays readable from the back of the room. Unmeasured (0): all.
 */
export function fitIdeas(
  width: number,
  height: number,
  screenWidth: number,
  screenHeight: number,
): { columns: number; rows: number; gap: number } | null {
  // Unmeasured, or narrower than a projector (60em): the notes flow and the page scrolls.
  if (width <= 0 || height <= 0 || screenWidth < NARROW_SCREEN) return null;
  const gap = Math.round(Math.min(24, Math.max(10, screenWidth * 0.012)));
  const columnMin = Math.max(260, screenWidth * 0.18);
  const rowMin = Math.max(96, screenHeight * 0.17);
  const columns = Math.max(1, Math.floor((width + gap) / (columnMin + gap)));
  const rows = Math.max(1, Math.floor((height + gap) / (rowMin + gap)));
  return { columns, rows, gap };
}

/** The browser can show this page alone on the screen (not every phone can). */
function fullscreenSupported(): boolean {
  return typeof document !== 'undefined' && Boolean(document.fullscreenEnabled);
}

/**
 * A challenge on a projector, for a room: its question in big type, the round and its countdown,
 * who is here, and the ideas as large notes appearing as they are proposed: the newest first, or
 * the most voted during a voting round (when counts may be shown: never while voting is blind, even
 * on a curator's screen, since the whole room reads it). Nothing here edits anything.
 */
export function ProjectorView({ challenge, host, origin }: ProjectorViewProps) {
  const { t } = useTranslation();
  const { session: round, viewerCanCurate } = getFragmentData(RoundBannerFragment, challenge);
  const phase = useActivePhase(round);
  const countsShown = !(challenge.blindVoting && challenge.status === ChallengeStatus.OPEN);
  const byVotes = phase === BrainstormPhase.VOTING && countsShown;
  const { data, error } = useQuery(ChallengeIdeasQuery, {
    variables: {
      id: challenge.id,
      first: PROJECTOR_IDEAS,
      orderBy: byVotes ? IdeaOrder.TOP : IdeaOrder.NEWEST,
    },
    fetchPolicy: 'cache-and-network',
  });
  const edges = data?.challenge?.ideas.edges ?? null;
  // Hidden ideas reach a curator's screen, but the whole room reads this one.
  const ideas = (edges ?? [])
    .map(({ node }) => ({
      ...getFragmentData(IdeaCardFragment, node),
      votes: countsShown ? (node.voteCount ?? null) : null,
    }))
    .filter((idea) => !idea.hidden);
  // Votes move live: keep the most voted first (ties keep the API's order).
  const shown = byVotes ? [...ideas].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)) : ideas;
  const total = data?.challenge?.ideas.totalCount ?? 0;
  const more = Math.max(0, total - (edges?.length ?? 0));
  const [fullscreen, setFullscreen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const canRunRounds = viewerCanCurate && challenge.status === ChallengeStatus.OPEN;
  const shortcuts = useRoundShortcuts(challenge.id, round ?? null, phase !== null);

  // As many notes as fit; the rest on further pages, turned by themselves or by the arrows.
  const region = useElementSize();
  const fit = fitIdeas(
    region.width,
    region.height,
    typeof window === 'undefined' ? 0 : window.innerWidth,
    typeof window === 'undefined' ? 0 : window.innerHeight,
  );
  const perPage = fit ? fit.columns * fit.rows : Math.max(1, shown.length);
  const pages = Math.max(1, Math.ceil(shown.length / perPage));
  const [pageIndex, setPageIndex] = useState(0);
  const current = Math.min(pageIndex, pages - 1);
  const onPage = shown.slice(current * perPage, current * perPage + perPage);
  const turn = (by: number) => setPageIndex((index) => (Math.min(index, pages - 1) + by + pages) % pages);

  useEffect(() => {
    if (pages <= 1) return undefined;
    const timer = setInterval(
      () => setPageIndex((index) => (Math.min(index, pages - 1) + 1) % pages),
      PAGE_SECONDS * 1000,
    );
    return () => clearInterval(timer);
  }, [pages, current]);
  const known = useRef<Set<string> | null>(null);
  const arrived = useRef(new Set<string>());
  if (edges) {
    if (known.current === null) known.current = new Set(ideas.map((idea) => idea.id));
    for (const idea of ideas) {
      if (!known.current.has(idea.id)) {
        known.current.add(idea.id);
        arrived.current.add(idea.id);
      }
    }
  }

  useEffect(() => {
    const follow = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);

  const toggleFullscreen = () => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => undefined);
  };

  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keys.current = (event: KeyboardEvent) => {
    if (!isShortcutEvent(event)) return;
    if (event.key === '?') {
      event.preventDefault();
      setHelpOpen((open) => !open);
      return;
    }
    if (helpOpen) return;
    if (
      event.key === 'ArrowRight' ||
      event.key === 'PageDown' ||
      event.key === 'ArrowLeft' ||
      event.key === 'PageUp'
    ) {
      if (pages <= 1) return;
      event.preventDefault();
      const by = event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : -1;
      const next = (current + by + pages) % pages;
      turn(by);
      shortcuts.say(t('room.projector.feedback.page', { page: next + 1, pages }), 'info');
      return;
    }
    if ((event.key === 'f' || event.key === 'F') && fullscreenSupported()) {
      event.preventDefault();
      toggleFullscreen();
      return;
    }
    const action = roundActionOf(event.key);
    if (action && canRunRounds) {
      event.preventDefault();
      void shortcuts.run(action);
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={classes.screen} data-phase={phase ?? 'NONE'}>
      <header className={classes.top}>
        <span className={classes.brand}>
          <OuimakeMark size={32} />
          <span className={classes.wordmark}>{t('app.name')}</span>
        </span>
        <nav className={classes.tools} aria-label={t('brainstorm.projector.tools')}>
          <Button
            variant="subtle"
            color="gray.0"
            size="sm"
            leftSection={<IconKeyboard size={18} aria-hidden="true" />}
            onClick={() => setHelpOpen(true)}
            aria-keyshortcuts="?"
          >
            {t('room.projector.shortcuts.legend')}
          </Button>
          {fullscreenSupported() && (
            <Button
              variant="white"
              color="ink.9"
              size="sm"
              leftSection={
                fullscreen ? (
                  <IconArrowsMinimize size={18} aria-hidden="true" />
                ) : (
                  <IconArrowsMaximize size={18} aria-hidden="true" />
                )
              }
              onClick={toggleFullscreen}
            >
              {fullscreen ? t('brainstorm.projector.exitFullScreen') : t('brainstorm.projector.fullScreen')}
            </Button>
          )}
          <Button
            component={Link}
            to={`/challenges/${challenge.id}/shortlist`}
            variant="white"
            color="ink.9"
            size="sm"
            leftSection={<IconListCheck size={18} aria-hidden="true" />}
          >
            {t('shortlist.open')}
          </Button>
          <Button
            component={Link}
            to={`/challenges/${challenge.id}`}
            variant="white"
            color="ink.9"
            size="sm"
            leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          >
            {t('brainstorm.projector.leave')}
          </Button>
        </nav>
      </header>

      <div className={classes.body}>
        <main id="main" className={classes.main}>
          <div className={classes.heading}>
            <h1 className={classes.title}>{challenge.title}</h1>
            <div className={classes.status}>
              {round && phase ? (
                <>
                  <p className={classes.phase}>{t(`brainstorm.phase.${phase}`)}</p>
                  <RoundCountdown endsAt={round.endsAt} className={classes.timer} />
                </>
              ) : (
                <p className={classes.noRound}>
                  {challenge.status === ChallengeStatus.OPEN
                    ? t('brainstorm.projector.noRound')
                    : t(`challenge.status.${challenge.status}`)}
                </p>
              )}
            </div>
          </div>
          <div className={classes.presence}>
            <PresenceIndicator challengeId={challenge.id} variant="projector" />
            <VenuePresence challengeId={challenge.id} variant="projector" />
          </div>

          <section aria-labelledby="projector-ideas" className={classes.ideas}>
            <div className={classes.ideasHeader}>
              <h2 id="projector-ideas" className={classes.ideasTitle}>
                {t('brainstorm.projector.ideas', { count: total })}
              </h2>
              {pages > 1 && (
                <p className={classes.pager} data-testid="projector-page">
                  <span aria-hidden="true" className={classes.pagerDots}>
                    {Array.from({ length: pages }, (_, index) => (
                      <span key={index} data-current={index === current || undefined} />
                    ))}
                  </span>
                  {t('room.projector.page', { page: current + 1, pages })}
                </p>
              )}
            </div>
            <div ref={region.ref} className={classes.region}>
              {edges === null ? (
                error ? (
                  <Text className={classes.empty}>{t('brainstorm.projector.error')}</Text>
                ) : (
                  <div className={classes.empty} aria-busy="true">
                    <Loader color="sun.4" aria-hidden="true" />
                    <Text role="status">{t('ideas.wall.loading')}</Text>
                  </div>
                )
              ) : shown.length === 0 ? (
                <p className={classes.empty}>
                  <IconBulb size={40} aria-hidden="true" />
                  {t('brainstorm.projector.empty')}
                </p>
              ) : (
                <ol
                  className={classes.grid}
                  aria-label={
                    byVotes ? t('brainstorm.projector.listTop') : t('brainstorm.projector.listNewest')
                  }
                  aria-describedby={pages > 1 ? 'projector-page-range' : undefined}
                  start={current * perPage + 1}
                  style={
                    fit
                      ? ({
                          gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))`,
                          gridTemplateRows: `repeat(${fit.rows}, minmax(0, 1fr))`,
                          gap: `${fit.gap}px`,
                        } satisfies CSSProperties)
                      : undefined
                  }
                  data-fitted={fit ? true : undefined}
                >
                  {onPage.map((idea) => (
                    <li
                      key={idea.id}
                      className={classes.card}
                      data-arrived={arrived.current.has(idea.id) || undefined}
                    >
                      <p className={classes.ideaTitle}>{idea.title}</p>
                      <p className={classes.meta}>
                        <span className={classes.author}>{idea.author.displayName}</span>
                        {idea.votes !== null && (
                          <span className={classes.votes}>
                            {t('ideas.vote.count', { count: idea.votes })}
                          </span>
                        )}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </div>
            {(pages > 1 || more > 0) && (
              <p id="projector-page-range" className={classes.range}>
                {pages > 1 &&
                  t('room.projector.pageLabel', {
                    from: current * perPage + 1,
                    to: current * perPage + onPage.length,
                    total: shown.length,
                  })}
                {pages > 1 && more > 0 && ' · '}
                {more > 0 && t('room.projector.more', { count: more })}
              </p>
            )}
          </section>
        </main>
        <ProjectorJoin code={challenge.joinCode} host={host} origin={origin} />
      </div>

      <p
        className={classes.feedback}
        role="status"
        data-tone={shortcuts.feedback?.tone}
        data-testid="projector-feedback"
        data-shown={shortcuts.feedback ? true : undefined}
      >
        {shortcuts.feedback?.text}
      </p>
      <ProjectorShortcuts
        opened={helpOpen}
        onClose={() => setHelpOpen(false)}
        canRunRounds={canRunRounds}
        fullScreen={fullscreenSupported()}
      />
    </div>
  );
}
