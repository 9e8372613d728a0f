import { Button, Text } from '@mantine/core';
import { ChallengeStatus, IdeaStatus } from '@ouimake/domain';
import { IconArrowLeft, IconListCheck, IconPresentation, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { joinAddress } from '../../brainstorm/joinCode';
import { Link } from 'react-router';
import { OuimakeMark } from '../../../ui/OuimakeMark';
import classes from './ShortlistView.module.css';

export interface ShortlistIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  voteCount: number | null;
  author: { displayName: string };
}

export interface ShortlistViewProps {
  challenge: {
    id: string;
    title: string;
    /** The room's short way in (`/j/CODE`), shown instead of the challenge's long id. */
    joinCode: string;
    status: ChallengeStatus;
    blindVoting: boolean;
    viewerCanCurate: boolean;
  };
  /** The shortlisted and selected ideas, most supported first. */
  ideas: ShortlistIdea[];
}

/**
 * A challenge's shortlist, big enough for the back of the room: the selected ideas, then the
 * shortlisted ones, each with who proposed it and its votes (never while voting is blind, even on
 * a curator's screen, and never a hidden idea: the whole room reads it). Live: it follows the
 * curators' choices as they make them.
 */
export function ShortlistView({ challenge, ideas }: ShortlistViewProps) {
  const { t } = useTranslation();
  const countsShown = !(challenge.blindVoting && challenge.status === ChallengeStatus.OPEN);
  const shown = ideas.filter((idea) => !idea.hidden);
  const groups = [
    { status: IdeaStatus.SELECTED, ideas: shown.filter((idea) => idea.status === IdeaStatus.SELECTED) },
    { status: IdeaStatus.SHORTLISTED, ideas: shown.filter((idea) => idea.status === IdeaStatus.SHORTLISTED) },
  ].filter((group) => group.ideas.length > 0);

  return (
    <div className={classes.screen}>
      <header className={classes.top}>
        <span className={classes.brand}>
          <OuimakeMark size={32} />
          <span className={classes.wordmark}>{t('app.name')}</span>
        </span>
        <nav className={classes.tools} aria-label={t('shortlist.tools')}>
          <Button
            component={Link}
            to={`/challenges/${challenge.id}/live`}
            variant="white"
            color="ink.9"
            size="sm"
            leftSection={<IconPresentation size={18} aria-hidden="true" />}
          >
            {t('shortlist.projector')}
          </Button>
          <Button
            component={Link}
            to={`/challenges/${challenge.id}`}
            variant="white"
            color="ink.9"
            size="sm"
            leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          >
            {t('shortlist.back')}
          </Button>
        </nav>
      </header>

      <main id="main" className={classes.main}>
        <div>
          <p className={classes.kicker}>
            <IconListCheck size={26} aria-hidden="true" />
            {t('shortlist.kicker')}
          </p>
          <h1 className={classes.title}>{challenge.title}</h1>
          {!countsShown && <p className={classes.blind}>{t('shortlist.blind')}</p>}
        </div>

        {groups.length === 0 ? (
          <section className={classes.empty} aria-labelledby="shortlist-empty">
            <h2 id="shortlist-empty" className={classes.emptyTitle}>
              {t('shortlist.empty.title')}
            </h2>
            <p className={classes.emptyBody}>
              {challenge.viewerCanCurate ? t('shortlist.empty.curatorBody') : t('shortlist.empty.body')}
            </p>
          </section>
        ) : (
          groups.map((group) => {
            const headingId = `shortlist-${group.status}`;
            const key = group.status === IdeaStatus.SELECTED ? 'shortlist.selected' : 'shortlist.shortlisted';
            return (
              <section key={group.status} aria-labelledby={headingId} className={classes.group}>
                <h2 id={headingId} className={classes.groupTitle}>
                  {t(key, { count: group.ideas.length })}
                  <span className={classes.groupCount} aria-hidden="true">
                    {group.ideas.length}
                  </span>
                </h2>
                <ol className={classes.grid} data-status={group.status}>
                  {group.ideas.map((idea) => (
                    <li key={idea.id} className={classes.card} data-status={idea.status}>
                      {idea.status === IdeaStatus.SELECTED && (
                        <IconStarFilled size={28} aria-hidden="true" className={classes.star} />
                      )}
                      <p className={classes.ideaTitle}>{idea.title}</p>
                      <p className={classes.meta}>
                        <span>{t('shortlist.by', { name: idea.author.displayName })}</span>
                        {countsShown && idea.voteCount !== null && (
                          <span className={classes.votes}>
                            {t('ideas.vote.count', { count: idea.voteCount })}
                          </span>
                        )}
                      </p>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })
        )}
        <Text component="p" className={classes.footer}>
          {t('brainstorm.projector.join')}{' '}
          <span className={classes.joinUrl}>{joinAddress(window.location.host, challenge.joinCode)}</span>
        </Text>
      </main>
    </div>
  );
}
