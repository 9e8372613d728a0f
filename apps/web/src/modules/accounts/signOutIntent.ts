import { tokenStore } from '../../shared/tokenStore';

/**
 * Whether the token went away because the person signed out here, rather than because the API
 * refused it or another tab signed out. A page for signed-in people then goes back to the board
 * instead of asking to sign in again. Forgotten as soon as a token is kept again.
 */
let deliberate = false;

export const signOutIntent = {
  mark(): void {
    deliberate = true;
  },
  forget(): void {
    deliberate = false;
  },
  wasDeliberate(): boolean {
    return deliberate;
  },
};

tokenStore.subscribe(() => {
  if (tokenStore.get()) signOutIntent.forget();
});
