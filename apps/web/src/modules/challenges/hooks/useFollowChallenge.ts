import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { actionRefusal } from '../../../shared/formRefusal';
import type { MessageRef } from '../../../shared/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { useViewer } from '../../accounts/hooks/useViewer';
import { FollowButtonFragment } from '../graphql/FollowButton.fragment';
import { FollowChallengeMutation, UnfollowChallengeMutation } from '../graphql/FollowChallenge.mutation';
import { FollowStateQuery } from '../graphql/FollowState.query';

/**
 * Following a challenge: whether the viewer does, and the switch. The new state shows at once and
 * goes back if the API refuses, with the reason. What changed it elsewhere shows without a reload:
 * the viewer's own votes, ideas and comments (which follow the challenge) bring the new state back
 * with them, and it is asked again whenever the page comes back into view (followed from another
 * tab or device, made a holder of the project meanwhile).
 */
export function useFollowChallenge(fragment: FragmentType<typeof FollowButtonFragment>) {
  const challenge = getFragmentData(FollowButtonFragment, fragment);
  const { viewer, isLoading } = useViewer();
  const [follow] = useMutation(FollowChallengeMutation);
  const [unfollow] = useMutation(UnfollowChallengeMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [busy, setBusy] = useState(false);
  const following = challenge.viewerIsFollowing;
  const client = useApolloClient();
  const signedIn = Boolean(viewer);

  useEffect(() => {
    if (!signedIn) return;
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      client
        .query({ query: FollowStateQuery, variables: { id: challenge.id }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [client, challenge.id, signedIn]);

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
