import { ApolloLink } from '@apollo/client';
import { ErrorCode } from '@ouimake/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TOKEN_STORAGE_KEY } from '../../../shared/tokenStore';
import { account, apiError, signInMock, viewerMock } from '../../../test/accountFactories';
import { boardMock, boardPage, cardChallenge } from '../../../test/factories';
import { renderBoardAt } from '../../../test/render';
import { of, throwError } from 'rxjs';

const credentials = { email: 'maelle@exemple.fr', password: 'un mot de passe' };

/** The sign-in page's fields (Mantine marks required labels with a hidden asterisk). */
const emailField = () => screen.getByLabelText(/^Adresse e-mail/);
const passwordField = () => screen.getByLabelText(/^Mot de passe/);
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

async function fillIn(email: string, password: string) {
  await userEvent.type(emailField(), email);
  await userEvent.type(passwordField(), password);
}

describe('the sign-in form', () => {
  it('checks the fields before sending anything, and puts the focus on the first one to fix', async () => {
    const request = signInMock(credentials, apiError(ErrorCode.UNAUTHENTICATED));
    renderBoardAt('/sign-in', { mocks: [request] });

    await submit();

    expect(emailField()).toHaveAccessibleDescription('Indiquez votre adresse e-mail.');
    expect(emailField()).toHaveAttribute('aria-invalid', 'true');
    expect(passwordField()).toHaveAccessibleDescription('Indiquez votre mot de passe.');
    expect(passwordField()).toHaveAttribute('aria-invalid', 'true');
    expect(emailField()).toHaveFocus();

    await userEvent.type(emailField(), 'maelle-at-exemple.fr');
    await userEvent.tab();
    await submit();

    expect(emailField()).toHaveAccessibleDescription(/Cette adresse e-mail ne semble pas valide/);
    expect(request.result).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the email or password is wrong without saying which, and keeps the person signed out', async () => {
    renderBoardAt('/sign-in', { mocks: [signInMock(credentials, apiError(ErrorCode.UNAUTHENTICATED))] });

    await fillIn(credentials.email, credentials.password);
    await submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(emailField()).toHaveValue(credentials.email);
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
  });

  it('asks to wait after too many failed attempts', async () => {
    renderBoardAt('/sign-in', { mocks: [signInMock(credentials, apiError(ErrorCode.RATE_LIMITED))] });

    await fillIn(credentials.email, credentials.password);
    await submit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de tentatives manquées. Patientez quelques minutes, puis réessayez.',
    );
  });

  it('says how long to wait when the API tells', async () => {
    renderBoardAt('/sign-in', {
      lng: 'en',
      mocks: [signInMock(credentials, apiError(ErrorCode.RATE_LIMITED, { retryAfterSeconds: 290 }))],
    });

    await userEvent.type(screen.getByLabelText(/^Email address/), credentials.email);
    await userEvent.type(screen.getByLabelText(/^Password/), credentials.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 5 minutes.',
    );
  });

  it('puts a refused email address under the email field', async () => {
    renderBoardAt('/sign-in', {
      mocks: [signInMock(credentials, apiError(ErrorCode.BAD_USER_INPUT, { field: 'email' }))],
    });

    await fillIn(credentials.email, credentials.password);
    await submit();

    await waitFor(() =>
      expect(emailField()).toHaveAccessibleDescription(/Cette adresse e-mail ne semble pas valide/),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the token and goes back to the page that asked for it', async () => {
    const maelle = account({ displayName: 'Maëlle Le Gall' });
    const challenge = cardChallenge();
    const request = signInMock(credentials, { token: 'token-maelle', user: maelle });
    const { router } = renderBoardAt('/sign-in?next=%2Fchallenges', {
      mocks: [request, viewerMock(maelle), boardMock(boardPage([challenge]))],
    });

    await fillIn(`  ${credentials.email} `, credentials.password);
    await submit();

    expect(await screen.findByRole('article', { name: challenge.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/challenges');
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-maelle');
    expect(
      await screen.findByRole('button', { name: 'Mon compte\u202f: Maëlle Le Gall' }),
    ).toBeInTheDocument();
    expect(request.result).toHaveBeenCalledTimes(1);
  });

  it('signs in although a token that the API revoked meanwhile is still kept', async () => {
    const maelle = account({ displayName: 'Maëlle Le Gall' });
    const requests: string[] = [];
    // The API refuses anything that carries the old token, as it does for a revoked one; the
    // check of who is signed in failed on the network, so the board could not know yet.
    const api = new ApolloLink((operation) => {
      const authorization = (operation.getContext().headers as Record<string, string>)['Authorization'];
      requests.push(`${operation.operationName} ${authorization ?? 'anonymous'}`);
      if (authorization === 'Bearer old-token') {
        if (operation.operationName === 'Viewer')
          return throwError(() => new Error('Network request failed'));
        return of({ errors: [apiError(ErrorCode.UNAUTHENTICATED)] });
      }
      if (operation.operationName === 'SignIn') {
        return of({
          data: {
            signIn: {
              __typename: 'AuthPayload',
              token: 'new-token',
              user: { __typename: 'User', id: maelle.id },
            },
          },
        });
      }
      if (operation.operationName === 'Viewer') return of(viewerMock(maelle).result as ApolloLink.Result);
      return of({ data: boardPage([]) });
    });
    renderBoardAt('/sign-in', { token: 'old-token', api });

    await fillIn(credentials.email, credentials.password);
    await submit();

    expect(
      await screen.findByRole('button', { name: 'Mon compte\u202f: Maëlle Le Gall' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new-token');
    expect(requests).toContain('SignIn anonymous');
    expect(requests).toContain('Viewer Bearer new-token');
  });

  it('never sends the person to another site after signing in', async () => {
    const maelle = account();
    const { router } = renderBoardAt('/sign-in?next=%2F%2Fevil.example%2F', {
      mocks: [
        signInMock(credentials, { token: 'token-maelle', user: maelle }),
        viewerMock(maelle),
        boardMock(boardPage([])),
      ],
    });

    await fillIn(credentials.email, credentials.password);
    await submit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows and hides the password with a button the keyboard reaches', async () => {
    renderBoardAt('/sign-in');
    await userEvent.type(passwordField(), 'secret');
    const toggle = screen.getByRole('button', { name: 'Afficher le mot de passe' });
    expect(passwordField()).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.tab();
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(passwordField()).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('answers to its French address too, keeping where to go next', async () => {
    const { router } = renderBoardAt('/connexion?next=%2Fprofile');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Fprofile');
  });

  it('fills in with the browser: the fields say what they hold', () => {
    renderBoardAt('/sign-in');

    expect(emailField()).toHaveAttribute('autocomplete', 'email');
    expect(emailField()).toHaveAttribute('type', 'email');
    expect(passwordField()).toHaveAttribute('autocomplete', 'current-password');
    expect(document.title).toBe('Se connecter · Ouimake');
  });
});
