import { Anchor, Group, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { IdeaCardFragment } from '../graphql/IdeaCard.fragment';
import type { VoteChallenge } from '../hooks/useVote';
import classes from './IdeaCard.module.css';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { VoteButton } from './VoteButton';

/** The first words of an idea's Markdown, as plain text. */
export function excerpt(markdown: string, max = 160): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
}

export interface IdeaCardProps {
  idea: FragmentType<typeof IdeaCardFragment>;
  challenge: VoteChallenge;
  canVote: boolean;
  signedOut: boolean;
  /** An ideas round runs: votes wait. */
  votesPaused?: boolean;
}

/** An idea as a sticky note: its title (a link to its page), an excerpt, who proposed it, its votes. */
export function IdeaCard({ idea: fragment, challenge, canVote, signedOut, votesPaused }: IdeaCardProps) {
  const idea = getFragmentData(IdeaCardFragment, fragment);
  const { t } = useTranslation();
  const titleId = `idea-${idea.id}-title`;
  const summary = excerpt(idea.body);
  return (
    <article className={classes.note} aria-labelledby={titleId} data-status={idea.status}>
      <Group gap="xs" justify="space-between" wrap="nowrap" className={classes.top}>
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
        >
          {idea.title}
        </Anchor>
      </Title>
      {summary && <Text className={classes.excerpt}>{summary}</Text>}
      <Text size="sm" c="ink.7" className={classes.author}>
        {t('ideas.card.by', { name: idea.author.displayName })}
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
    </article>
  );
}
