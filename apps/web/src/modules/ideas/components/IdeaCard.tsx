import { Anchor, Group, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { markdownExcerpt } from '../../../shared/markdownExcerpt';
import { useTypography } from '../../../shared/useTypography';
import { ActionFeedback } from '../../curation/components/ActionFeedback';
import { HiddenNotice } from '../../curation/components/HiddenNotice';
import { IdeaActionsMenu } from '../../curation/components/IdeaActionsMenu';
import { useIdeaActions } from '../../curation/hooks/useIdeaActions';
import { IdeaCardFragment } from '../graphql/IdeaCard.fragment';
import { VoteButtonFragment } from '../graphql/VoteButton.fragment';
import type { VoteChallenge } from '../hooks/useVote';
import classes from './IdeaCard.module.css';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { VoteButton } from './VoteButton';

/** The first words of an idea's Markdown, as plain text. */
export const excerpt = markdownExcerpt;

export interface IdeaCardProps {
  idea: FragmentType<typeof IdeaCardFragment>;
  challenge: VoteChallenge;
  canVote: boolean;
  signedOut: boolean;
  /** An ideas round runs: votes wait. */
  votesPaused?: boolean;
  /** The viewer curates the challenge: status, merge and hide from the note's menu. */
  canCurate?: boolean;
  /** Who is signed in (they may report others' ideas); null for a visitor. */
  viewerId?: string | null;
  /** Says what happened to an idea that left the wall (merged): the note is gone. */
  announce?: (news: string) => void;
}

/**
 * An idea as a sticky note: its title (a link to its page), an excerpt, who proposed it, its votes;
 * marked when hidden (for curators and its author, with why); a menu of what the viewer may do
 * with it (curators: status, merge, hide; others signed in: report). Rendered again only when
 * something it shows changed: a vote arriving live redraws its own note, not the whole wall.
 */
export const IdeaCard = memo(function IdeaCard({
  idea: fragment,
  challenge,
  canVote,
  signedOut,
  votesPaused,
  canCurate = false,
  viewerId = null,
  announce,
}: IdeaCardProps) {
  const idea = getFragmentData(IdeaCardFragment, fragment);
  const { t } = useTranslation();
  const typeset = useTypography();
  const actions = useIdeaActions(
    {
      id: idea.id,
      title: idea.title,
      status: idea.status,
      hidden: idea.hidden,
      viewerHasReported: idea.viewerHasReported,
      voteCount: getFragmentData(VoteButtonFragment, idea).voteCount ?? null,
      commentCount: idea.commentCount,
    },
    { onLeft: announce },
  );
  const titleId = `idea-${idea.id}-title`;
  const summary = typeset(excerpt(idea.body));
  const canReport = viewerId !== null && viewerId !== idea.author.id;
  return (
    <article
      className={classes.note}
      aria-labelledby={titleId}
      data-status={idea.status}
      data-hidden={idea.hidden || undefined}
      data-menu={canCurate || canReport || undefined}
    >
      {(canCurate || canReport) && (
        <div className={classes.menu}>
          <IdeaActionsMenu
            actions={actions}
            challengeId={challenge.id}
            canCurate={canCurate}
            canReport={canReport}
          />
        </div>
      )}
      <Group gap="xs" wrap="nowrap" className={classes.top}>
        <IdeaStatusBadge status={idea.status} />
      </Group>
      <Title order={3} id={titleId} className={classes.title}>
        <Anchor
          component={Link}
          to={`/ideas/${idea.id}`}
          underline="hover"
          c="ink.9"
          inherit
          fw={800}
          className={classes.link}
          data-idea-link={idea.id}
        >
          {typeset(idea.title)}
        </Anchor>
      </Title>
      {idea.hidden && <HiddenNotice kind="idea" reason={idea.hiddenReason} compact />}
      {summary && <Text className={classes.excerpt}>{summary}</Text>}
      <Text size="sm" c="ink.7" className={classes.author}>
        {t('ideas.card.by', { name: idea.author.displayName })}
        {idea.authorVenue && ` · ${t('events.presence.authorVenue', { city: idea.authorVenue.city })}`}
      </Text>
      <div className={classes.footer}>
        <VoteButton
          idea={idea}
          challenge={challenge}
          canVote={canVote}
          signedOut={signedOut}
          paused={votesPaused}
        />
        <Text size="sm" fw={700} c="ink.8" className={classes.comments}>
          <IconMessageCircle size={18} aria-hidden="true" />
          {t('ideas.card.comments', { count: idea.commentCount })}
        </Text>
      </div>
      <ActionFeedback news={actions.curation.news} failure={actions.curation.failure} quiet />
    </article>
  );
});
