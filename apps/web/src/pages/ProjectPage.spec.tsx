import { ChallengeStatus, ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../test/accountFactories';
import { cardChallenge } from '../test/factories';
import { addHolderMock, projectPageMock, viewProject } from '../test/projectFactories';
import { renderBoardAt } from '../test/render';
import { frenchTypography } from '../shared/frenchTypography';

const maelle = account({ displayName: 'Maëlle Le Gall', role: Role.MEMBER });
const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const slug = 'cooperative-des-createurs';

const holderControls = () => ({
  newChallenge: screen.queryAllByRole('link', { name: /Poser (un|le premier) défi/ }),
  edit: screen.queryByRole('link', { name: 'Modifier le projet' }),
  addHolder: screen.queryByRole('textbox', { name: 'Ajouter un porteur' }),
});

describe('the project page', () => {
  it('shows the project, its holders and its challenges to a visitor, without the holders’ controls', async () => {
    const open = cardChallenge({ title: 'Comment garder l’esprit collectif ?' });
    renderBoardAt(`/projects/${slug}`, { mocks: [projectPageMock(slug, viewProject(), [open])] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'La Coopérative des Créateurs' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('La Coopérative des Créateurs · Ouimake');
    expect(screen.getByText('Une boutique coopérative de créateurs.')).toBeInTheDocument();
    expect(screen.getByText('garder l’esprit collectif').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /cooperative\.example/ })).toHaveAttribute(
      'href',
      'https://cooperative.example/',
    );
    const holders = screen.getByRole('region', { name: 'Porté par' });
    expect(within(holders).getByRole('link', { name: 'Maëlle Le Gall' })).toHaveAttribute(
      'href',
      '/users/user-maelle',
    );
    const challenges = screen.getByRole('region', { name: 'Ses défis' });
    expect(
      within(challenges).getByRole('heading', { level: 3, name: frenchTypography(open.title) }),
    ).toBeInTheDocument();
    expect(holderControls()).toEqual({ newChallenge: [], edit: null, addHolder: null });
  });

  it('shows the same page to a signed-in person who does not hold the project, still without controls', async () => {
    renderBoardAt(`/projects/${slug}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), projectPageMock(slug, viewProject({ viewerIsHolder: false }))],
    });

    await screen.findByRole('heading', { level: 1, name: 'La Coopérative des Créateurs' });
    expect(screen.getByText('Ce projet n’a pas encore posé de défi.')).toBeInTheDocument();
    expect(holderControls()).toEqual({ newChallenge: [], edit: null, addHolder: null });
  });

  it('gives its holders their controls, and shows them their drafts with a badge', async () => {
    const draft = cardChallenge({ title: 'Un brouillon à finir', status: ChallengeStatus.DRAFT });
    renderBoardAt(`/projects/${slug}`, {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), projectPageMock(slug, viewProject({ viewerIsHolder: true }), [draft])],
    });

    await screen.findByRole('heading', { level: 1, name: 'La Coopérative des Créateurs' });
    const controls = holderControls();
    expect(controls.newChallenge[0]).toHaveAttribute('href', `/projects/${slug}/challenges/new`);
    expect(controls.edit).toHaveAttribute('href', `/projects/${slug}/edit`);
    expect(controls.addHolder).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: draft.title })).getByText('Brouillon'),
    ).toBeInTheDocument();
  });

  it('says when there is no such project', async () => {
    renderBoardAt('/projects/nulle-part', { mocks: [projectPageMock('nulle-part', null)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce projet est introuvable' }),
    ).toBeInTheDocument();
  });
});

describe('adding a holder', () => {
  async function renderHolder(mocks: Parameters<typeof renderBoardAt>[1] = {}) {
    renderBoardAt(`/projects/${slug}`, {
      token: 'token-maelle',
      mocks: [
        viewerMock(maelle),
        projectPageMock(slug, viewProject({ viewerIsHolder: true })),
        ...(mocks.mocks ?? []),
      ],
    });
    return screen.findByRole('textbox', { name: 'Ajouter un porteur' });
  }

  it('reads the person from a pasted profile address, and lists them at once', async () => {
    const id = '0b6f5a1e-4c2d-4e8a-9f3b-2d1c0e9a8b7c';
    const add = addHolderMock('project-coop', id, [
      { __typename: 'User', id: 'user-maelle', displayName: 'Maëlle Le Gall' },
      { __typename: 'User', id, displayName: 'Léna Cariou' },
    ]);
    const field = await renderHolder({ mocks: [add] });

    await userEvent.type(field, `https://ouimake.example/users/${id}?from=share`);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));

    expect(await screen.findByText('Léna Cariou porte désormais le projet.')).toBeInTheDocument();
    expect(add.result).toHaveBeenCalledTimes(1);
    expect(
      within(screen.getByRole('region', { name: 'Porté par' })).getByRole('link', { name: 'Léna Cariou' }),
    ).toHaveAttribute('href', `/users/${id}`);
    expect(field).toHaveValue('');
  });

  it('says what is wrong with what was pasted, before and after asking the API', async () => {
    const id = '0b6f5a1e-4c2d-4e8a-9f3b-2d1c0e9a8b7c';
    const missing = addHolderMock('project-coop', id, apiError(ErrorCode.NOT_FOUND));
    const field = await renderHolder({ mocks: [missing] });

    await userEvent.type(field, 'Léna de la cantine');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Cette adresse n’est pas celle d’un profil.'),
    );

    await userEvent.clear(field);
    await userEvent.type(field, '/users/user-maelle');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Cette personne porte déjà le projet.'),
    );

    await userEvent.clear(field);
    await userEvent.type(field, `/users/${id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('Aucun compte ne correspond à cette adresse.'),
      ),
    );
    expect(field).toHaveFocus();
  });
});
