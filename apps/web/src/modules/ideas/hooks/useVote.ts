import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { MessageRef } from '../../../shared/Message';
import { useOutbox } from '../../../shared/outbox';
import { type FragmentType, getFragmentData } from '../../../gql';
import { useViewer } from '../../accounts/hooks/useViewer';
import { ideaActionRefusal } from '../failures';
import { VoteButtonFragment } from '../graphql/VoteButton.fragment';
import { UnvoteMutation, VoteMutation } from '../graphql/Vote.mutation';

export interface VoteChallenge {
  id: string;
  /** Votes the viewer can still give here; null without a budget. */
  viewerVotesLeft: number | null;
}

/** What a vote sent while the connection was down waits with: the person's latest wish. */
interface VoteWish {
  voting: boolean;
}

/**
 * Voting for an idea and taking the vote back. The count, the button and the votes left change at
 * once; if the API refuses (budget spent, a round without votes, a closed challenge) they go back,
 * and `failure` says why. Sent while the connection is down, the wish is kept on the device and sent
 * again once it is back (votes and unvotes are idempotent: it counts once); meanwhile the button
 * shows it, and `waiting` says so.
 */
export function useVote(fragment: FragmentType<typeof VoteButtonFragment>, challenge: VoteChallenge) {
  const idea = getFragmentData(VoteButtonFragment, fragment);
  const { viewer } = useViewer();
  const [vote] = useMutation(VoteMutation);
  const [unvote] = useMutation(UnvoteMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [busy, setBusy] = useState(false);
  const current = useRef({ idea, challenge });
  current.current = { idea, challenge };

  const deliver = async ({ voting }: VoteWish) => {
    const { idea: now, challenge: where } = current.current;
    // The step shown at once; none when the cache already says so (a wish sent again).
    const step = voting === now.viewerHasVoted ? 0 : voting ? 1 : -1;
    const optimistic = {
      __typename: 'Idea' as const,
      id: now.id,
      viewerHasVoted: voting,
      voteCount:
        now.voteCount === null || now.voteCount === undefined ? null : Math.max(0, now.voteCount + step),
      challenge: {
        __typename: 'Challenge' as const,
        id: where.id,
        viewerVotesLeft: where.viewerVotesLeft === null ? null : where.viewerVotesLeft - step,
      },
    };
    if (voting) {
      await vote({
        variables: { ideaId: now.id },
        optimisticResponse: {
          __typename: 'Mutation',
          vote: { ...optimistic, challenge: { ...optimistic.challenge, viewerIsFollowing: true } },
        },
      });
    } else {
      await unvote({
        variables: { ideaId: now.id },
        optimisticResponse: { __typename: 'Mutation', unvote: optimistic },
      });
    }
  };

  const outbox = useOutbox<VoteWish>({
    slot: viewer ? `${viewer.id}:vote:${idea.id}` : null,
    latestOnly: true,
    deliver: ({ values }) => deliver(values),
    onRefused: (_, error) => setFailure(ideaActionRefusal(error)),
  });

  // While a wish waits, the button shows it, and the count with it.
  const wish = outbox.pending.at(-1)?.values.voting;
  const waiting = wish !== undefined;
  const voted = wish ?? idea.viewerHasVoted;
  const step = waiting && wish !== idea.viewerHasVoted ? (wish ? 1 : -1) : 0;
  const voteCount =
    idea.voteCount === null || idea.voteCount === undefined
      ? idea.voteCount
      : Math.max(0, idea.voteCount + step);

  const toggle = async () => {
    if (busy) return;
    setFailure(null);
    setBusy(true);
    try {
      await outbox.send({ voting: !voted });
    } catch (error) {
      setFailure(ideaActionRefusal(error));
    } finally {
      setBusy(false);
    }
  };

  return { idea: { ...idea, viewerHasVoted: voted, voteCount }, busy, failure, waiting, toggle };
}
