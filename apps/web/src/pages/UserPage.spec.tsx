import { Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, userCommentsMock, userIdeasMock, userProfileMock } from '../test/accountFactories';
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
    renderBoardAt(`/users/${erwan.id}`, {
      mocks: [
        userProfileMock(erwan.id, erwan),
        userIdeasMock(erwan.id, null),
        userCommentsMock(erwan.id, null),
      ],
    });

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
    renderBoardAt(`/users/${lena.id}`, {
      lng: 'en',
      mocks: [userProfileMock(lena.id, lena), userIdeasMock(lena.id, null), userCommentsMock(lena.id, null)],
    });

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

  it('lists nothing of a person who has not allowed it', async () => {
    const yann = account({ displayName: 'Yann Morvan' });
    renderBoardAt(`/users/${yann.id}`, {
      mocks: [userProfileMock(yann.id, yann), userIdeasMock(yann.id, null), userCommentsMock(yann.id, null)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Yann Morvan' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByLabelText('Chargement des contributions…')).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('heading', { name: 'Ses idées' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ses commentaires' })).not.toBeInTheDocument();
  });

  it('lists the ideas and comments of a person who allowed it, with more on demand', async () => {
    const gwen = account({ displayName: 'Gwen Kerhervé' });
    const challenge = { id: 'c1', title: 'Moins de déchets au marché' };
    renderBoardAt(`/users/${gwen.id}`, {
      mocks: [
        userProfileMock(gwen.id, gwen),
        userIdeasMock(gwen.id, [{ id: 'i1', title: 'Des bocaux consignés', challenge }], {
          hasNextPage: true,
          totalCount: 2,
        }),
        userIdeasMock(gwen.id, [{ id: 'i2', title: 'Un stand de réparation', challenge }], {
          after: 'cursor-i1',
          totalCount: 2,
        }),
        userCommentsMock(gwen.id, [
          {
            id: 'k1',
            body: 'Oui, **avec** les maraîchers du samedi.',
            idea: { id: 'i9', title: 'Paniers partagés' },
          },
        ]),
      ],
    });

    const ideas = await screen.findByRole('region', { name: 'Ses idées' });
    expect(within(ideas).getByRole('link', { name: 'Des bocaux consignés' })).toHaveAttribute(
      'href',
      '/ideas/i1',
    );
    const comments = await screen.findByRole('region', { name: 'Ses commentaires' });
    expect(
      within(comments).getByRole('link', { name: 'Sur «\u202fPaniers partagés\u202f»' }),
    ).toHaveAttribute('href', '/ideas/i9');
    expect(within(comments).getByText('Oui, avec les maraîchers du samedi.')).toBeInTheDocument();
    expect(within(comments).queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();

    await userEvent.click(within(ideas).getByRole('button', { name: 'Voir plus' }));

    expect(await within(ideas).findByRole('link', { name: 'Un stand de réparation' })).toBeInTheDocument();
    expect(within(ideas).getByRole('link', { name: 'Des bocaux consignés' })).toBeInTheDocument();
    expect(within(ideas).queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();
  });

  it('shows a deleted account as a former member, without introduction', async () => {
    const former = account({
      displayName: 'Former member',
      bio: 'Ancienne présentation',
      formerMember: true,
    });
    renderBoardAt(`/users/${former.id}`, {
      lng: 'en',
      mocks: [
        userProfileMock(former.id, former),
        userIdeasMock(former.id, null),
        userCommentsMock(former.id, null),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Former member' })).toBeInTheDocument();
    expect(
      screen.getByText('This account was deleted. Its ideas and comments stay on the board.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Ancienne présentation')).not.toBeInTheDocument();
    expect(screen.queryByText('Brest')).not.toBeInTheDocument();
  });
});
