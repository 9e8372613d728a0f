import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  account,
  apiError,
  setUserRoleMock,
  usersMock,
  usersPage,
  viewerMock,
} from '../test/accountFactories';
import { renderBoardAt } from '../test/render';

const admin = account({ displayName: 'Nolwenn Admin', role: Role.ADMIN });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const maelle = account({ displayName: 'Maëlle Le Gall', role: Role.MEMBER });

const roleOf = (name: string) => screen.getByRole('combobox', { name: `Rôle de ${name}` });
const rowOf = (name: string) => roleOf(name).closest('li') as HTMLElement;

describe('the admin page', () => {
  it('sends a signed-out visitor to sign in first, and back here afterwards', async () => {
    const { router } = renderBoardAt('/admin/users');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fusers');
    expect(screen.getByText('Connectez-vous pour voir cette page.')).toBeInTheDocument();
  });

  it('tells a member plainly that the page is for admins, without asking the API for the list', async () => {
    const list = usersMock(usersPage([admin, maelle]));
    renderBoardAt('/admin/users', { token: 'token-maelle', mocks: [viewerMock(maelle), list] });

    expect(
      await screen.findByRole('heading', { name: 'Cette page est réservée aux administrateurs' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Membres, par ordre alphabétique' })).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(list.result).not.toHaveBeenCalled();
  });

  it('shows the same state when the API refuses the list (FORBIDDEN)', async () => {
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [viewerMock(admin), usersMock(apiError(ErrorCode.FORBIDDEN))],
    });

    expect(
      await screen.findByRole('heading', { name: 'Cette page est réservée aux administrateurs' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('lists every account for an admin, with their role', async () => {
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [viewerMock(admin), usersMock(usersPage([erwan, maelle, admin]))],
    });

    const list = await screen.findByRole('list', { name: 'Membres, par ordre alphabétique' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('3 membres')).toBeInTheDocument();
    expect(roleOf('Erwan Le Bihan')).toHaveValue(Role.FACILITATOR);
    expect(roleOf('Maëlle Le Gall')).toHaveValue(Role.MEMBER);
    expect(within(rowOf('Nolwenn Admin')).getByText('vous')).toBeInTheDocument();
    expect(within(rowOf('Maëlle Le Gall')).getByText(maelle.email ?? '')).toBeInTheDocument();
    expect(within(rowOf('Maëlle Le Gall')).getByRole('link', { name: 'Maëlle Le Gall' })).toHaveAttribute(
      'href',
      `/users/${maelle.id}`,
    );
    expect(document.title).toBe('Les membres · Ouimake');
  });

  it('changes a role at once, then confirms it', async () => {
    const change = setUserRoleMock(maelle.id, Role.FACILITATOR, 'ok', 200);
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [viewerMock(admin), usersMock(usersPage([erwan, maelle, admin])), change],
    });
    await screen.findByRole('list', { name: 'Membres, par ordre alphabétique' });

    await userEvent.selectOptions(roleOf('Maëlle Le Gall'), 'Facilitation');

    // Shown before the API has answered...
    expect(roleOf('Maëlle Le Gall')).toHaveValue(Role.FACILITATOR);
    expect(change.result).not.toHaveBeenCalled();
    // ...and confirmed once it has.
    expect(await screen.findByText(/a désormais le rôle/)).toHaveTextContent(
      'Maëlle Le Gall a désormais le rôle « Facilitation ».',
    );
    expect(change.result).toHaveBeenCalledTimes(1);
    expect(roleOf('Maëlle Le Gall')).toHaveValue(Role.FACILITATOR);
  });

  it('puts the old role back and says why when the API refuses (the last admin)', async () => {
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [
        viewerMock(admin),
        usersMock(usersPage([erwan, maelle, admin])),
        setUserRoleMock(admin.id, Role.MEMBER, apiError(ErrorCode.CONFLICT)),
      ],
    });
    await screen.findByRole('list', { name: 'Membres, par ordre alphabétique' });

    await userEvent.selectOptions(roleOf('Nolwenn Admin'), 'Membre');

    const row = rowOf('Nolwenn Admin');
    await waitFor(() =>
      expect(row).toHaveTextContent(
        'Le rôle de Nolwenn Admin n’a pas changé : il faut au moins un autre administrateur avant de quitter ce rôle.',
      ),
    );
    expect(roleOf('Nolwenn Admin')).toHaveValue(Role.ADMIN);
    expect(roleOf('Nolwenn Admin')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the role change is refused to a non-admin (FORBIDDEN)', async () => {
    renderBoardAt('/admin/users', {
      lng: 'en',
      token: 'token-admin',
      mocks: [
        viewerMock(admin),
        usersMock(usersPage([erwan, maelle, admin])),
        setUserRoleMock(erwan.id, Role.ADMIN, apiError(ErrorCode.FORBIDDEN)),
      ],
    });
    await screen.findByRole('list', { name: 'Members, in alphabetical order' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role of Erwan Le Bihan' }), 'Admin');

    expect(
      await screen.findByText('The role of Erwan Le Bihan did not change: only admins can change roles.', {
        selector: 'li *',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Erwan Le Bihan' })).toHaveValue(Role.FACILITATOR);
  });

  it('searches names and emails, and says when nobody matches', async () => {
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [
        viewerMock(admin),
        usersMock(usersPage([erwan, maelle, admin])),
        usersMock(usersPage([maelle]), { query: 'maë' }),
        usersMock(usersPage([]), { query: 'maëz' }),
      ],
    });
    await screen.findByRole('list', { name: 'Membres, par ordre alphabétique' });
    const search = screen.getByRole('searchbox', { name: 'Chercher un nom ou une adresse e-mail' });

    await userEvent.type(search, 'maë');

    expect(await screen.findByText('1 membre trouvé')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Membres, par ordre alphabétique' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await userEvent.type(search, 'z');

    expect(
      await screen.findByRole('heading', { name: 'Personne ne correspond à «\u202fmaëz\u202f»' }),
    ).toBeInTheDocument();
  });

  it('loads the next page after the last cursor', async () => {
    const first = Array.from({ length: 20 }, () => account());
    const next = account({ displayName: 'Zoé Dernière' });
    const firstPage = usersPage(first, { totalCount: 21, hasNextPage: true });
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [
        viewerMock(admin),
        usersMock(firstPage),
        usersMock(usersPage([next], { totalCount: 21 }), { after: firstPage.users.pageInfo.endCursor ?? '' }),
      ],
    });
    expect(await screen.findByText('20 membres affichés sur 21')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Voir plus de membres' }));

    expect(await screen.findByRole('combobox', { name: 'Rôle de Zoé Dernière' })).toBeInTheDocument();
    expect(screen.getByText('21 membres affichés sur 21')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voir plus de membres' })).not.toBeInTheDocument();
  });

  it('shows a failure with a retry', async () => {
    renderBoardAt('/admin/users', {
      token: 'token-admin',
      mocks: [
        viewerMock(admin),
        { request: usersMock(usersPage([])).request, error: new Error('Network request failed') },
        usersMock(usersPage([maelle])),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les membres ne se sont pas affichés');
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('combobox', { name: 'Rôle de Maëlle Le Gall' })).toBeInTheDocument();
  });
});
