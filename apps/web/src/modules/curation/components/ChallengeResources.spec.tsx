import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, pageChallenge } from '../../../test/challengeFactories';
import { addResourceMock, removeResourceMock } from '../../../test/curationFactories';
import { renderBoardAt } from '../../../test/render';
import { frenchTypography } from '../../../shared/frenchTypography';

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const guide = {
  __typename: 'Resource' as const,
  id: 'resource-guide',
  title: 'Guide de l’accueil des bénévoles',
  url: 'https://www.exemple.org/guide.pdf',
};

describe('a challenge’s resources', () => {
  it('are links opening in a new tab, without what would leak the page or vouch for the site', async () => {
    const challenge = pageChallenge({ resources: [guide] });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), challengePageMock(challenge.id, challenge)],
    });

    const section = await screen.findByRole('region', { name: 'Ressources' });
    const link = within(section).getByRole('link', { name: /^Guide de l’accueil des bénévoles/ });
    expect(link).toHaveAttribute('href', guide.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveTextContent('(nouvel onglet)');
    expect(within(section).getByText('exemple.org')).toBeInTheDocument();
    // Nothing to change for a participant.
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('are not shown to participants when there are none', async () => {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, { mocks: [challengePageMock(challenge.id, challenge)] });
    await screen.findByRole('heading', { level: 1, name: frenchTypography(challenge.title) });
    expect(screen.queryByRole('region', { name: 'Ressources' })).not.toBeInTheDocument();
  });

  it('are added by curators (http and https only) and removed by them', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const add = addResourceMock(challenge.id, 'Le guide', 'https://exemple.org/guide', {
      id: 'resource-new',
    });
    const full = addResourceMock(
      challenge.id,
      'Une autre',
      'https://exemple.org/autre',
      apiError(ErrorCode.CONFLICT),
    );
    const remove = removeResourceMock('resource-new');
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge), add, full, remove],
    });

    const section = await screen.findByRole('region', { name: 'Ressources' });
    expect(within(section).getByText(/^Pas encore de ressource/)).toBeInTheDocument();
    const title = within(section).getByRole('textbox', { name: /^Titre/ });
    const url = within(section).getByRole('textbox', { name: /^Adresse/ });

    await userEvent.type(title, 'Le guide');
    await userEvent.type(url, 'javascript:alert(1)');
    await userEvent.click(within(section).getByRole('button', { name: 'Ajouter' }));
    expect(
      await within(section).findByText('Entrez une adresse complète commençant par http:// ou https://.'),
    ).toBeInTheDocument();
    expect(url).toHaveFocus();
    expect(add.result).not.toHaveBeenCalled();

    await userEvent.clear(url);
    await userEvent.type(url, 'https://exemple.org/guide');
    await userEvent.click(within(section).getByRole('button', { name: 'Ajouter' }));
    const link = await within(section).findByRole('link', { name: /^Le guide/ });
    expect(link).toHaveAttribute('href', 'https://exemple.org/guide');
    expect(within(section).getByText('« Le guide » est ajoutée aux ressources.')).toBeInTheDocument();
    expect(title).toHaveValue('');

    // Too many: the API says so, above the button.
    await userEvent.type(title, 'Une autre');
    await userEvent.type(url, 'https://exemple.org/autre');
    await userEvent.click(within(section).getByRole('button', { name: 'Ajouter' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      /^Ce défi a déjà autant de ressources qu’il peut en garder/,
    );

    await userEvent.click(
      within(section).getByRole('button', { name: 'Retirer la ressource «\u202fLe guide\u202f»' }),
    );
    await waitFor(() =>
      expect(within(section).queryByRole('link', { name: /^Le guide/ })).not.toBeInTheDocument(),
    );
    expect(within(section).getByText('« Le guide » est retirée des ressources.')).toBeInTheDocument();
    expect(remove.result).toHaveBeenCalledTimes(1);
  });
});
