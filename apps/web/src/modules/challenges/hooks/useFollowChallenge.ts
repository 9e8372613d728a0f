import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { actionRefusal } from '../../../app/formRefusal';
import type { MessageRef } from '../../../app/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { useViewer } from '../../accounts/hooks/useViewer';
import { FollowButtonFragment } from '../graphql/FollowButton.fragment';
import { FollowChallengeMutation, UnfollowChallengeMutation } from '../graphql/FollowChallenge.mutation';

/**
 * Following a challenge: whether the viewer does, and the switch. The new state shows at once and
 * goes back if the API refuses, with the reason.
 */
export function useFollowChallenge(fragment: FragmentType<typeof FollowButtonFragment>) {
  const challenge = getFragmentData(FollowButtonFragment, fragment);
  const { viewer, isLoading } = useViewer();
  const [follow] = useMutation(FollowChallengeMutation);
  const [unfollow] = useMutation(UnfollowChallengeMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [busy, setBusy] = useState(false);
  const following = challenge.viewerIsFollowing;

  const toggle = async () => {
    if (busy) return;
    setFailure(null);
    setBusy(true);
    const variables = { id: challenge.id };
    const optimistic = { __typename: 'Challenge' as const, id: challenge.id, viewerIsFollowing: !following };
    try {
      if (following) {
        await unfollow({
          variables,
          optimisticResponse: { __typename: 'Mutation', unfollowChallenge: optimistic },
        });
      } else {
        await follow({
          variables,
          optimisticResponse: { __typename: 'Mutation', followChallenge: optimistic },
        });
      }
    } catch (error) {
      setFailure(actionRefusal(error));
    } finally {
      setBusy(false);
    }
  };

  return {
    /** Nobody is signed in: following starts with signing in. */
    signedOut: !viewer && !isLoading,
    /** Who is signed in is not known yet. */
    isLoading,
    following,
    busy,
    failure,
    toggle,
  };
}

export type FollowState = ReturnType<typeof useFollowChallenge>;
