import { Role } from '@ouimake/domain';
import { screen, within } from '@testing-library/react';
import { account, userProfileMock } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';

describe('a public profile', () => {
  it('shows the name, role, city, since when, and the introduction as Markdown without HTML', async () => {
    const erwan = account({
      displayName: 'Erwan Le Bihan',
      role: Role.FACILITATOR,
      city: 'Brest',
      email: null,
      createdAt: '2025-06-01T09:00:00.000Z',
      bio: 'J’anime des **ateliers**.\n\n<script>alert(1)</script><b>gras</b>\n\n[Notre site](https://exemple.fr)',
    });
    renderBoardAt(`/users/${erwan.id}`, { mocks: [userProfileMock(erwan.id, erwan)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Erwan Le Bihan' })).toBeInTheDocument();
    expect(screen.getByText('Facilitation')).toBeInTheDocument();
    expect(screen.getByText('Brest')).toBeInTheDocument();
    expect(screen.getByText('Membre depuis le 1 juin 2025')).toBeInTheDocument();
    expect(screen.getByText('ateliers').tagName).toBe('STRONG');
    expect(document.querySelector('main script')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
    const link = screen.getByRole('link', { name: 'Notre site' });
    expect(link).toHaveAttribute('href', 'https://exemple.fr');
    expect(link).toHaveAttribute('rel', expect.stringContaining('nofollow'));
    expect(document.title).toBe('Erwan Le Bihan · Ouimake');
  });

  it('says when there is no introduction yet, in English too', async () => {
    const lena = account({ displayName: 'Léna Cariou', bio: null, city: null });
    renderBoardAt(`/users/${lena.id}`, { lng: 'en', mocks: [userProfileMock(lena.id, lena)] });

    expect(await screen.findByText('No introduction yet.')).toBeInTheDocument();
    expect(screen.getByText('Member')).toBeInTheDocument();
    expect(screen.queryByText('City:')).not.toBeInTheDocument();
  });

  it('has a not-found state', async () => {
    renderBoardAt('/users/nobody', { mocks: [userProfileMock('nobody', null)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce profil est introuvable' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Retour aux défis' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(document.title).toBe('Profil introuvable · Ouimake');
  });

  it('has a loading state, then an error state with a retry', async () => {
    renderBoardAt('/users/u1', {
      mocks: [{ request: userProfileMock('u1', null).request, error: new Error('Network request failed') }],
    });

    expect(screen.getByRole('status')).toHaveTextContent('Chargement du profil…');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce profil ne s’est pas affiché');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
