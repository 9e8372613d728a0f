import { ErrorCode, Role } from '@ouimake/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, myProfileMock, updateProfileMock, viewerMock } from '../test/accountFactories';
import { accountDeleted } from '../modules/accounts/accountDeleted';
import { DeleteAccountMutation } from '../modules/accounts/graphql/DeleteAccount.mutation';
import { UpdateShowActivityMutation } from '../modules/accounts/graphql/UpdateShowActivity.mutation';
import { TOKEN_STORAGE_KEY } from '../shared/tokenStore';
import { renderBoardAt } from '../test/render';

const maelle = account({
  displayName: 'Maëlle Le Gall',
  email: 'maelle@exemple.fr',
  city: 'Brest',
  bio: null,
  role: Role.MEMBER,
  createdAt: '2025-11-03T10:00:00.000Z',
});

const cityField = () => screen.getByRole('textbox', { name: 'Ville' });
const bioField = () => screen.getByRole('textbox', { name: 'Présentation' });
const nameField = () => screen.getByRole('textbox', { name: /^Nom affiché/ });

describe('the profile page', () => {
  it('sends a signed-out visitor to sign in, then back to the profile', async () => {
    const { router } = renderBoardAt('/profile');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Fprofile');
  });

  it('shows what the person is known by, and their email for them only', async () => {
    renderBoardAt('/profile', { token: 'token-maelle', mocks: [viewerMock(maelle), myProfileMock(maelle)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon profil' })).toBeInTheDocument();
    expect(nameField()).toHaveValue('Maëlle Le Gall');
    expect(cityField()).toHaveValue('Brest');
    expect(cityField()).toHaveAttribute('autocomplete', 'address-level2');
    expect(bioField()).toHaveValue('');
    expect(screen.getByText('maelle@exemple.fr')).toBeInTheDocument();
    expect(screen.getByText('Membre depuis le 3 novembre 2025')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir mon profil public' })).toHaveAttribute(
      'href',
      `/users/${maelle.id}`,
    );
    expect(document.title).toBe('Mon profil · Ouimake');
  });

  it('saves the city and the introduction, and says so', async () => {
    const saved = { ...maelle, city: 'Quimper', bio: 'Je tiens une **épicerie** coopérative.' };
    const update = updateProfileMock(
      { displayName: 'Maëlle Le Gall', city: 'Quimper', bio: saved.bio },
      saved,
    );
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), update],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });

    await userEvent.clear(cityField());
    await userEvent.type(cityField(), 'Quimper');
    await userEvent.type(bioField(), saved.bio);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Profil enregistré.')).toBeInTheDocument();
    expect(update.result).toHaveBeenCalledTimes(1);
    expect(cityField()).toHaveValue('Quimper');
  });

  it('sends an emptied city as none', async () => {
    const update = updateProfileMock(
      { displayName: 'Maëlle Le Gall', city: null, bio: null },
      { ...maelle, city: null },
    );
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), update],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });

    await userEvent.clear(cityField());
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Profil enregistré.')).toBeInTheDocument();
    expect(update.result).toHaveBeenCalledTimes(1);
  });

  it('counts what is left of the introduction, and refuses one too long before sending', async () => {
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock({ ...maelle, bio: 'x'.repeat(1_999) })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });
    expect(screen.getByText('1 caractère restant')).toBeInTheDocument();

    await userEvent.type(bioField(), 'yz');
    expect(screen.getByText('1 caractère en trop')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(bioField()).toHaveAccessibleDescription(
      expect.stringContaining('La présentation doit compter au plus 2\u202f000 caractères.'),
    );
    expect(bioField()).toHaveFocus();
  });

  it('puts what the API refuses under its field', async () => {
    const update = updateProfileMock(
      { displayName: 'Maëlle Le Gall', city: 'Brest', bio: null },
      apiError(ErrorCode.BAD_USER_INPUT, { field: 'city' }),
    );
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), update],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() =>
      expect(cityField()).toHaveAccessibleDescription(
        expect.stringContaining('Le nom de la ville doit compter au plus 80 caractères.'),
      ),
    );
    expect(screen.queryByText('Profil enregistré.')).not.toBeInTheDocument();
  });

  it('keeps the header in step with a new name', async () => {
    const update = updateProfileMock(
      { displayName: 'Maëlle L.', city: 'Brest', bio: null },
      { ...maelle, displayName: 'Maëlle L.' },
    );
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), update],
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });

    await userEvent.clear(nameField());
    await userEvent.type(nameField(), 'Maëlle L.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(screen.getByRole('banner')).findByRole('button', { name: 'Mon compte\u202f: Maëlle L.' }),
    ).toBeInTheDocument();
  });
});

function deleteAccountMock(password: string, outcome: 'deleted' | ReturnType<typeof apiError>) {
  return {
    request: { query: DeleteAccountMutation, variables: { password } },
    result: jest.fn(() =>
      outcome === 'deleted'
        ? { data: { __typename: 'Mutation' as const, deleteAccount: true } }
        : { errors: [outcome] },
    ),
  };
}

describe('the profile’s data and account deletion', () => {
  afterEach(() => act(() => accountDeleted.forget()));

  const openDialog = async () => {
    await screen.findByRole('heading', { level: 1, name: 'Mon profil' });
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    return screen.findByRole('dialog', { name: 'Supprimer votre compte\u202f?' });
  };

  it('says what goes and what stays, and shows a wrong password under the field', async () => {
    const refused = deleteAccountMock(
      'pas le bon',
      apiError(ErrorCode.BAD_USER_INPUT, { field: 'password' }),
    );
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), refused],
    });
    const dialog = await openDialog();

    expect(within(dialog).getByText('Ce qui disparaît')).toBeInTheDocument();
    expect(within(dialog).getByText(/vos votes, toujours comptés/)).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Vous pourrez créer un nouveau compte avec la même adresse/),
    ).toBeInTheDocument();
    const password = within(dialog).getByLabelText(/^Votre mot de passe/);
    await userEvent.type(password, 'pas le bon');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        expect.stringContaining('Ce mot de passe n’est pas le bon.'),
      ),
    );
    expect(refused.result).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-maelle');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('asks for the password before sending anything', async () => {
    const never = deleteAccountMock('', 'deleted');
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), never],
    });
    const dialog = await openDialog();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    expect(await within(dialog).findByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(never.result).not.toHaveBeenCalled();
  });

  it('tells the last admin to name another one first', async () => {
    const admin = account({ ...maelle, id: 'user-admin', role: Role.ADMIN });
    const conflict = deleteAccountMock('secret-admin', apiError(ErrorCode.CONFLICT));
    renderBoardAt('/profile', {
      token: 'token-admin',
      mocks: [viewerMock(admin), myProfileMock(admin), conflict],
    });
    const dialog = await openDialog();

    await userEvent.type(within(dialog).getByLabelText(/^Votre mot de passe/), 'secret-admin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Vous êtes le dernier administrateur. Nommez-en un autre avant de supprimer votre compte.',
    );
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-admin');
  });

  it('once deleted, ends the session and says so on the board', async () => {
    const deleted = deleteAccountMock('mon-secret-2026', 'deleted');
    const { router } = renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), deleted],
    });
    const dialog = await openDialog();

    await userEvent.type(within(dialog).getByLabelText(/^Votre mot de passe/), 'mon-secret-2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(deleted.result).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Votre compte a été supprimé. Merci pour vos contributions.'),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(deleted.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
  });

  it('lets the person show their ideas and comments on their public profile', async () => {
    const update = {
      request: { query: UpdateShowActivityMutation, variables: { showActivity: true } },
      result: jest.fn(() => ({
        data: {
          __typename: 'Mutation' as const,
          updateProfile: { __typename: 'User' as const, id: maelle.id, showActivity: true },
        },
      })),
    };
    renderBoardAt('/profile', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProfileMock(maelle), update],
    });
    const toggle = await screen.findByRole('switch', {
      name: /^Montrer mes idées et commentaires sur mon profil public/,
    });
    expect(toggle).not.toBeChecked();

    await userEvent.click(toggle);

    expect(await screen.findByText('Choix enregistré.')).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(update.result).toHaveBeenCalledTimes(1);
  });
});
