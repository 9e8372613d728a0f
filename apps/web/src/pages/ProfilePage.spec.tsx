import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, myProfileMock, updateProfileMock, viewerMock } from '../test/accountFactories';
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
      await within(screen.getByRole('banner')).findByRole('button', { name: 'Mon compte\u00a0: Maëlle L.' }),
    ).toBeInTheDocument();
  });
});
