import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { MessageRef } from '../../../shared/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { ideaActionRefusal } from '../failures';
import { VoteButtonFragment } from '../graphql/VoteButton.fragment';
import { UnvoteMutation, VoteMutation } from '../graphql/Vote.mutation';

export interface VoteChallenge {
  id: string;
  /** Votes the viewer can still give here; null without a budget. */
  viewerVotesLeft: number | null;
}

/**
 * Voting for an idea and taking the vote back. The count, the button and the votes left change at
 * once; if the API refuses (budget spent, a round without votes, a closed challenge) they go back,
 * and `failure` says why.
 */
export function useVote(fragment: FragmentType<typeof VoteButtonFragment>, challenge: VoteChallenge) {
  const idea = getFragmentData(VoteButtonFragment, fragment);
  const [vote] = useMutation(VoteMutation);
  const [unvote] = useMutation(UnvoteMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    if (busy) return;
    setFailure(null);
    setBusy(true);
    const voting = !idea.viewerHasVoted;
    const step = voting ? 1 : -1;
    const optimistic = {
      __typename: 'Idea' as const,
      id: idea.id,
      viewerHasVoted: voting,
      voteCount:
        idea.voteCount === null || idea.voteCount === undefined ? null : Math.max(0, idea.voteCount + step),
      challenge: {
        __typename: 'Challenge' as const,
        id: challenge.id,
        viewerVotesLeft: challenge.viewerVotesLeft === null ? null : challenge.viewerVotesLeft - step,
      },
    };
    try {
      if (voting) {
        await vote({
          variables: { ideaId: idea.id },
          optimisticResponse: {
            __typename: 'Mutation',
            vote: { ...optimistic, challenge: { ...optimistic.challenge, viewerIsFollowing: true } },
          },
        });
      } else {
        await unvote({
          variables: { ideaId: idea.id },
          optimisticResponse: { __typename: 'Mutation', unvote: optimistic },
        });
      }
    } catch (error) {
      setFailure(ideaActionRefusal(error));
    } finally {
      setBusy(false);
    }
  };

  return { idea, busy, failure, toggle };
}
