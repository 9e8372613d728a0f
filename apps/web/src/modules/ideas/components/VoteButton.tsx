import { Button, Text } from '@mantine/core';
import { IconArrowBigUp, IconArrowBigUpFilled, IconCloudOff, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Message } from '../../../shared/Message';
import type { FragmentType } from '../../../gql';
import { signInPath } from '../../accounts/redirect';
import type { VoteButtonFragment } from '../graphql/VoteButton.fragment';
import { useVote, type VoteChallenge } from '../hooks/useVote';
import classes from './VoteButton.module.css';
import { numberFormat } from '../../../shared/intl';

export interface VoteButtonProps {
  idea: FragmentType<typeof VoteButtonFragment>;
  challenge: VoteChallenge;
  /** Votes are taken (the challenge is open and the viewer signed in). */
  canVote: boolean;
  signedOut: boolean;
  /** An ideas round runs: votes wait for the voting round (the button shows, disabled). */
  paused?: boolean;
}

/**
 * The vote on an idea: a toggle (aria-pressed) named with the idea and its count; the count alone
 * when voting is not possible (a closed challenge); a link to sign in for visitors. While blind
 * voting hides counts, no count is shown or read. During an ideas round it shows, disabled (the
 * wall says why).
 */
export function VoteButton({
  idea: fragment,
  challenge,
  canVote,
  signedOut,
  paused = false,
}: VoteButtonProps) {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const { idea, toggle, failure, waiting } = useVote(fragment, challenge);
  const count = idea.voteCount;
  const shown = count === null || count === undefined ? null : numberFormat(i18n.language).format(count);
  // The name stays the same; whether the viewer voted is said by aria-pressed.
  const label =
    count === null || count === undefined
      ? t('ideas.vote.labelBlind', { title: idea.title })
      : t('ideas.vote.label', { title: idea.title, count });

  if (!canVote || signedOut) {
    return (
      <div className={classes.root}>
        {signedOut && canVote ? (
          <Button
            component={Link}
            to={signInPath(`${pathname}${search}`)}
            variant="default"
            size="sm"
            leftSection={<IconLogin size={18} aria-hidden="true" />}
          >
            {t('ideas.vote.signIn')}
          </Button>
        ) : null}
        {shown !== null && (
          <Text fw={800} className={classes.count}>
            {t('ideas.vote.count', { count: count ?? 0 })}
          </Text>
        )}
      </div>
    );
  }

  return (
    <div className={classes.root}>
      <Button
        size="sm"
        variant={idea.viewerHasVoted ? 'filled' : 'default'}
        aria-pressed={idea.viewerHasVoted}
        data-waiting={waiting || undefined}
        aria-label={label}
        disabled={paused}
        className={classes.button}
        leftSection={
          idea.viewerHasVoted ? (
            <IconArrowBigUpFilled size={20} aria-hidden="true" />
          ) : (
            <IconArrowBigUp size={20} aria-hidden="true" />
          )
        }
        onClick={() => void toggle()}
      >
        {/* The visible word starts the name aria-label says whole; aria-pressed says whether one voted. */}
        {t('ideas.vote.vote')}
      </Button>
      {shown !== null && (
        <span className={classes.number} aria-hidden="true" data-voted={idea.viewerHasVoted || undefined}>
          {shown}
        </span>
      )}
      {failure && (
        <Text role="alert" size="sm" fw={700} c="red.9" className={classes.failure}>
          <Message message={failure} />
        </Text>
      )}
      <div role="status" className={classes.status}>
        {waiting && (
          <Text size="sm" fw={700} className={classes.waiting}>
            <IconCloudOff size={16} aria-hidden="true" />
            {idea.viewerHasVoted ? t('ideas.vote.waitingVote') : t('ideas.vote.waitingUnvote')}
          </Text>
        )}
      </div>
    </div>
  );
}
