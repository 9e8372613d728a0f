import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../test/accountFactories';
import { createProjectMock, myProjectsMock, projectPageMock, viewProject } from '../test/projectFactories';
import { renderBoardAt } from '../test/render';

const maelle = account({ displayName: 'Maëlle Le Gall', role: Role.MEMBER });

describe('my projects', () => {
  it('sends a signed-out visitor to sign in first, coming back here', async () => {
    const { router } = renderBoardAt('/my-projects');

    await screen.findByRole('heading', { level: 1, name: 'Se connecter' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fmy-projects');
  });

  it('lists the projects the person holds, each leading to its page', async () => {
    const coop = viewProject();
    renderBoardAt('/my-projects', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProjectsMock(maelle.id, [coop])],
    });

    const list = await screen.findByRole('list', { name: 'Mes projets' });
    expect(within(list).getByRole('link', { name: coop.name })).toHaveAttribute(
      'href',
      `/projects/${coop.slug}`,
    );
    expect(within(list).getByText(coop.summary)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Présenter un projet' })).toHaveAttribute(
      'href',
      '/projects/new',
    );
    expect(document.title).toBe('Mes projets · Ouimake');
    expect(
      within(screen.getByRole('navigation', { name: 'Navigation principale' })).getByRole('link', {
        name: 'Mes projets',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('invites to present a project when the person holds none', async () => {
    renderBoardAt('/my-projects', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), myProjectsMock(maelle.id, [])],
    });

    expect(
      await screen.findByRole('heading', { name: 'Vous ne portez pas encore de projet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Présenter un projet' })).toHaveAttribute(
      'href',
      '/projects/new',
    );
  });
});

describe('presenting a project', () => {
  const name = () => screen.getByRole('textbox', { name: 'Nom du projet' });
  const summary = () => screen.getByRole('textbox', { name: 'En une phrase' });
  const website = () => screen.getByRole('textbox', { name: 'Site web' });

  it('checks the form first: a name, a sentence, a full web address', async () => {
    renderBoardAt('/projects/new', { token: 'token-maelle', mocks: [viewerMock(maelle)] });
    await screen.findByRole('heading', { level: 1, name: 'Présenter un projet' });

    await userEvent.type(website(), 'ftp://cooperative');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    expect(name()).toHaveAccessibleDescription(expect.stringContaining('Donnez un nom à votre projet.'));
    expect(summary()).toHaveAccessibleDescription(
      expect.stringContaining('Dites en une phrase ce que fait le projet.'),
    );
    expect(website()).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez une adresse complète commençant par http:// ou https://.'),
    );
    expect(name()).toHaveFocus();
  });

  it('creates the project, completing a bare web address, and opens its page', async () => {
    const coop = viewProject({ viewerIsHolder: true, description: null, website: 'https://coop.example/' });
    const create = createProjectMock(
      {
        name: coop.name,
        summary: coop.summary,
        description: null,
        city: 'Brest',
        website: 'https://coop.example',
      },
      coop,
    );
    const { router } = renderBoardAt('/projects/new', {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), create, projectPageMock(coop.slug, coop)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Présenter un projet' });

    await userEvent.type(name(), coop.name);
    await userEvent.type(summary(), coop.summary);
    await userEvent.type(screen.getByRole('textbox', { name: 'Ville' }), 'Brest');
    await userEvent.type(website(), 'coop.example');
    await userEvent.tab();
    expect(website()).toHaveValue('https://coop.example');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    expect(await screen.findByRole('heading', { level: 1, name: coop.name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/projects/${coop.slug}`);
    expect(create.result).toHaveBeenCalledTimes(1);
  });

  it('puts the refusal of a field under it', async () => {
    const create = createProjectMock(
      { name: 'Ti Kafé', summary: 'Un café associatif.', description: null, city: null, website: null },
      apiError(ErrorCode.BAD_USER_INPUT, { field: 'name' }),
    );
    renderBoardAt('/projects/new', { token: 'token-maelle', mocks: [viewerMock(maelle), create] });
    await screen.findByRole('heading', { level: 1, name: 'Présenter un projet' });

    await userEvent.type(name(), 'Ti Kafé');
    await userEvent.type(summary(), 'Un café associatif.');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    await waitFor(() =>
      expect(name()).toHaveAccessibleDescription(
        expect.stringContaining('Le nom doit compter de 2 à 100 caractères.'),
      ),
    );
    expect(name()).toHaveFocus();
  });
});
