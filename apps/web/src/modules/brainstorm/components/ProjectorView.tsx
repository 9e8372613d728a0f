import { useQuery } from '@apollo/client/react';
import { Button, Loader, Text } from '@mantine/core';
import { BrainstormPhase, ChallengeStatus, IdeaOrder } from '@ouimake/domain';
import { IconArrowLeft, IconArrowsMaximize, IconArrowsMinimize, IconBulb } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { OuimakeMark } from '../../../ui/OuimakeMark';
import { IdeaCardFragment } from '../../ideas/graphql/IdeaCard.fragment';
import { ChallengeIdeasQuery } from '../../ideas/graphql/ChallengeIdeas.query';
import { PresenceIndicator } from '../../live/components/PresenceIndicator';
import type { PresenceIndicatorFragment } from '../../live/graphql/PresenceIndicator.fragment';
import { PROJECTOR_IDEAS } from '../graphql/ProjectorPage.query';
import { SessionBannerFragment } from '../graphql/SessionBanner.fragment';
import { useActivePhase } from '../hooks/useActivePhase';
import classes from './ProjectorView.module.css';
import { SessionCountdown } from './SessionCountdown';

export interface ProjectorChallenge {
  id: string;
  title: string;
  status: ChallengeStatus;
  blindVoting: boolean;
}

export interface ProjectorViewProps {
  challenge: ProjectorChallenge &
    FragmentType<typeof SessionBannerFragment> &
    FragmentType<typeof PresenceIndicatorFragment>;
  /** Where people join from their phones (the challenge's page). */
  joinUrl: string;
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
export function ProjectorView({ challenge, joinUrl }: ProjectorViewProps) {
  const { t } = useTranslation();
  const { session } = getFragmentData(SessionBannerFragment, challenge);
  const phase = useActivePhase(session);
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
  const ideas = (edges ?? []).map(({ node }) => ({
    ...getFragmentData(IdeaCardFragment, node),
    votes: countsShown ? (node.voteCount ?? null) : null,
  }));
  // Votes move live: keep the most voted first (ties keep the API's order).
  const shown = byVotes ? [...ideas].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)) : ideas;
  const total = data?.challenge?.ideas.totalCount ?? 0;
  const [fullscreen, setFullscreen] = useState(false);
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

  return (
    <div className={classes.screen} data-phase={phase ?? 'NONE'}>
      <header className={classes.top}>
        <span className={classes.brand}>
          <OuimakeMark size={32} />
          <span className={classes.wordmark}>{t('app.name')}</span>
        </span>
        <Text className={classes.join}>
          {t('brainstorm.projector.join')} <span className={classes.joinUrl}>{joinUrl}</span>
        </Text>
        <nav className={classes.tools} aria-label={t('brainstorm.projector.tools')}>
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

      <main id="main" className={classes.main}>
        <h1 className={classes.title}>{challenge.title}</h1>

        <div className={classes.status}>
          {session && phase ? (
            <>
              <p className={classes.phase}>{t(`brainstorm.phase.${phase}`)}</p>
              <SessionCountdown endsAt={session.endsAt} className={classes.timer} />
            </>
          ) : (
            <p className={classes.noRound}>
              {challenge.status === ChallengeStatus.OPEN
                ? t('brainstorm.projector.noRound')
                : t(`challenge.status.${challenge.status}`)}
            </p>
          )}
          <PresenceIndicator challenge={challenge} variant="projector" />
        </div>

        <section aria-labelledby="projector-ideas" className={classes.ideas}>
          <h2 id="projector-ideas" className={classes.ideasTitle}>
            {t('brainstorm.projector.ideas', { count: total })}
          </h2>
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
              aria-label={byVotes ? t('brainstorm.projector.listTop') : t('brainstorm.projector.listNewest')}
            >
              {shown.map((idea) => (
                <li
                  key={idea.id}
                  className={classes.card}
                  data-arrived={arrived.current.has(idea.id) || undefined}
                >
                  <p className={classes.ideaTitle}>{idea.title}</p>
                  <p className={classes.meta}>
                    <span className={classes.author}>{idea.author.displayName}</span>
                    {idea.votes !== null && (
                      <span className={classes.votes}>{t('ideas.vote.count', { count: idea.votes })}</span>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </main>
    </div>
  );
}
