import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { tokenStore } from '../../../shared/tokenStore';
import { SignOutMutation } from '../graphql/SignOut.mutation';
import { signOutIntent } from '../signOutIntent';

/**
 * Signs out: the API revokes the token, then the board forgets it, even when the API cannot be
 * reached (the person asked to leave). The person stays on the page they were on, unless it is
 * for signed-in people only: then they go back to the board (RequireSignIn).
 */
export function useSignOut() {
  const [signOut] = useMutation(SignOutMutation);
  const [isSigningOut, setSigningOut] = useState(false);

  const run = useCallback(async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // Revoked already, or the API is unreachable: forgetting the token is what matters here.
    }
    setSigningOut(false);
    signOutIntent.mark();
    tokenStore.clear();
  }, [signOut]);

  return { signOut: run, isSigningOut };
}
