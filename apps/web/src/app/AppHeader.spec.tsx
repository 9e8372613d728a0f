import { ApolloLink } from '@apollo/client';
import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { of } from 'rxjs';
import { account, apiError, myProfileMock, signOutMock, viewerMock } from '../test/accountFactories';
import { boardFiltersMock } from '../test/challengeFactories';
import { boardMock, boardPage, cardChallenge } from '../test/factories';
import { renderBoardAt } from '../test/render';
import { TOKEN_STORAGE_KEY, tokenStore } from '../shared/tokenStore';

const member = account({ displayName: 'Léna Cariou', email: 'lena@exemple.fr', role: Role.MEMBER });
const admin = account({ displayName: 'Nolwenn Admin', email: 'admin@exemple.fr', role: Role.ADMIN });
const menuButton = (name: string) => screen.findByRole('button', { name: `Mon compte\u202f: ${name}` });

describe('the header, signed out', () => {
  it('offers to sign in or create an account, coming back to the page afterwards, without asking the API who is there', async () => {
    const viewer = { ...viewerMock(null), result: jest.fn(() => ({ data: { me: null } })) };
    renderBoardAt('/challenges', {
      mocks: [viewer, boardFiltersMock(), boardMock(boardPage([cardChallenge()]))],
    });

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fchallenges',
    );
    expect(within(banner).getByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
      'href',
      '/sign-up?next=%2Fchallenges',
    );
    expect(within(banner).queryByRole('button', { name: /Mon compte/ })).not.toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: 'Mes projets' })).not.toBeInTheDocument();
    await screen.findByRole('article');
    expect(viewer.result).not.toHaveBeenCalled();
  });

  it('speaks English', () => {
    renderBoardAt('/nulle-part', { lng: 'en' });

    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fnulle-part',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toBeInTheDocument();
  });
});

describe('the header, signed in', () => {
  it("shows a member's menu: their profile and signing out, no admin page", async () => {
    renderBoardAt('/nulle-part', { token: 'token-lena', mocks: [viewerMock(member)] });

    await userEvent.click(await menuButton('Léna Cariou'));

    const profile = await screen.findByRole('menuitem', { name: 'Mon profil' });
    const menu = screen.getByRole('menu');
    expect(within(menu).getByText('lena@exemple.fr')).toBeInTheDocument();
    expect(profile).toHaveAttribute('href', '/profile');
    expect(within(menu).getByRole('menuitem', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Gérer les membres' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Facilitation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Se connecter' })).not.toBeInTheDocument();
  });

  it('leads to their projects, from the navigation and from the menu', async () => {
    renderBoardAt('/nulle-part', { token: 'token-lena', mocks: [viewerMock(member)] });

    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Mes projets' })).toHaveAttribute('href', '/my-projects');
    await userEvent.click(await menuButton('Léna Cariou'));
    expect(await screen.findByRole('menuitem', { name: 'Mes projets' })).toHaveAttribute(
      'href',
      '/my-projects',
    );
  });

  it("adds the admin page and the facilitation page to an admin's menu", async () => {
    renderBoardAt('/nulle-part', { token: 'token-admin', mocks: [viewerMock(admin)] });

    await userEvent.click(await menuButton('Nolwenn Admin'));

    expect(await screen.findByRole('menuitem', { name: 'Gérer les membres' })).toHaveAttribute(
      'href',
      '/admin/users',
    );
    expect(screen.getByRole('menuitem', { name: 'Facilitation' })).toHaveAttribute('href', '/facilitation');
  });

  it("adds the facilitation page, and not the admin page, to a facilitator's menu", async () => {
    const facilitator = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
    renderBoardAt('/nulle-part', { token: 'token-erwan', mocks: [viewerMock(facilitator)] });

    await userEvent.click(await menuButton('Erwan Le Bihan'));

    expect(await screen.findByRole('menuitem', { name: 'Facilitation' })).toHaveAttribute(
      'href',
      '/facilitation',
    );
    expect(screen.queryByRole('menuitem', { name: 'Gérer les membres' })).not.toBeInTheDocument();
  });

  it('opens and walks the menu from the keyboard alone', async () => {
    renderBoardAt('/nulle-part', { token: 'token-admin', mocks: [viewerMock(admin)] });
    const button = await menuButton('Nolwenn Admin');
    button.focus();

    await userEvent.keyboard('{Enter}');
    const profile = await screen.findByRole('menuitem', { name: 'Mon profil' });
    await userEvent.keyboard('{ArrowDown}');
    expect(profile).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Mes projets' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Mes contributions' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Réglages des notifications' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Facilitation' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Gérer les membres' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('signs out: the API revokes the token, the board forgets it and shows the signed-out header, on the same page', async () => {
    const signOut = signOutMock();
    const { router } = renderBoardAt('/nulle-part', {
      token: 'token-lena',
      mocks: [viewerMock(member), signOut],
    });

    await userEvent.click(await menuButton('Léna Cariou'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(signOut.result).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(router.state.location.pathname).toBe('/nulle-part');
  });

  it('signs out from a page for signed-in people, back to the board rather than to the sign-in page', async () => {
    const { router } = renderBoardAt('/profile', {
      token: 'token-lena',
      mocks: [viewerMock(member), myProfileMock(member), signOutMock(), boardMock(boardPage([]))],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });

    await userEvent.click(await menuButton('Léna Cariou'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Les défis du moment' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
  });

  it('signs out even when the API cannot be reached', async () => {
    renderBoardAt('/nulle-part', {
      token: 'token-lena',
      mocks: [
        viewerMock(member),
        { request: signOutMock().request, error: new Error('Network request failed') },
        boardMock(boardPage([])),
      ],
    });

    await userEvent.click(await menuButton('Léna Cariou'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });
});

describe('a token the API no longer accepts', () => {
  it('is dropped, and the board shows the signed-out state and its content, without looping', async () => {
    tokenStore.set('revoked-token');
    const challenge = cardChallenge();
    const requests: string[] = [];
    // Refuses every request that carries a token (all tokens are revoked here), as the API does.
    const api = new ApolloLink((operation) => {
      const authorization = (operation.getContext().headers as Record<string, string>)['Authorization'];
      requests.push(`${operation.operationName} ${authorization ?? 'anonymous'}`);
      if (authorization) return of({ errors: [apiError(ErrorCode.UNAUTHENTICATED)] });
      return of({ data: boardPage([challenge]) });
    });
    renderBoardAt('/', { api });

    expect(await screen.findByRole('article', { name: challenge.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Once refused, the token is never sent again, and the page settles after one refetch.
    expect(requests[0]).toMatch(/Bearer revoked-token$/);
    expect(requests.filter((request) => request.endsWith('revoked-token')).length).toBeLessThanOrEqual(2);
    expect(requests.filter((request) => request.startsWith('Viewer'))).toEqual([
      'Viewer Bearer revoked-token',
    ]);
    expect(requests.length).toBeLessThanOrEqual(3);
  });
});
