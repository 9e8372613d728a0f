import { ErrorCode, IdeaStatus, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, pageChallenge } from '../../../test/challengeFactories';
import {
  hideIdeaMock,
  reportIdeaMock,
  setIdeaStatusMock,
  unhideIdeaMock,
} from '../../../test/curationFactories';
import { challengeIdeasMock, wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const erwan = account({
  id: 'user-erwan-facilitator',
  displayName: 'Erwan Le Bihan',
  role: Role.FACILITATOR,
});
const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const lenaAuthor = { __typename: 'User' as const, id: lena.id, displayName: lena.displayName };

const note = async (title: string) =>
  within(await screen.findByRole('list', { name: 'Idées proposées' })).findByRole('article', { name: title });

async function openMenu(title: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions sur «\u202f${title}\u202f»` }));
  return screen.findByRole('menu');
}

describe('the actions on an idea’s note', () => {
  it('let a curator shortlist an idea, saying its current status first', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const idea = wallIdea({ title: 'Des binômes' });
    const shortlist = setIdeaStatusMock(idea.id, IdeaStatus.SHORTLISTED);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
        shortlist,
      ],
    });

    const menu = await openMenu('Des binômes');
    expect(within(menu).getByText('Statut actuel : Proposée')).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Remettre en proposée' })).not.toBeInTheDocument();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Présélectionner' }));

    expect(await within(await note('Des binômes')).findByText('Présélectionnée')).toBeInTheDocument();
    expect(shortlist.result).toHaveBeenCalledTimes(1);
    // Said to screen readers too.
    expect(screen.getByText('« Des binômes » est présélectionnée.')).toBeInTheDocument();
    // The next time, it can go back to proposed.
    const again = await openMenu('Des binômes');
    expect(within(again).getByText('Statut actuel : Présélectionnée')).toBeInTheDocument();
    expect(within(again).getByRole('menuitem', { name: 'Remettre en proposée' })).toBeInTheDocument();
  });

  it('let a curator hide an idea with a reason, keep it marked on their wall, and show it again', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true, ideaCount: 2 });
    const idea = wallIdea({ title: 'Achetez mes montres' });
    const reason = 'Publicité sans rapport.';
    const hide = hideIdeaMock(idea.id, reason, { challengeId: challenge.id, ideaCount: 1 });
    const unhide = unhideIdeaMock(idea.id, challenge.id, 2);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
        hide,
        unhide,
      ],
    });

    await userEvent.click(
      within(await openMenu('Achetez mes montres')).getByRole('menuitem', { name: 'Masquer…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Masquer cette idée' });
    // Required, and at least 3 characters: checked before anything is sent.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Masquer l’idée' }));
    expect(await within(dialog).findByText('Écrivez le motif.')).toBeInTheDocument();
    const field = within(dialog).getByRole('textbox', { name: /^Motif/ });
    expect(field).toHaveFocus();
    await userEvent.type(field, 'ab');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Masquer l’idée' }));
    expect(
      await within(dialog).findByText('Le motif doit compter au moins 3 caractères.'),
    ).toBeInTheDocument();
    expect(hide.result).not.toHaveBeenCalled();

    await userEvent.clear(field);
    await userEvent.type(field, reason);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Masquer l’idée' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const hidden = await note('Achetez mes montres');
    expect(within(hidden).getByText(/^Idée masquée/)).toBeInTheDocument();
    expect(within(hidden).getByText(`Motif : ${reason}`)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Les idées' })).toHaveTextContent('1 idée proposée');
    // The focus is back on the menu's button.
    expect(
      screen.getByRole('button', { name: 'Actions sur «\u202fAchetez mes montres\u202f»' }),
    ).toHaveFocus();

    await userEvent.click(
      within(await openMenu('Achetez mes montres')).getByRole('menuitem', { name: 'Afficher à nouveau' }),
    );
    await waitFor(() => expect(within(hidden).queryByText(/^Idée masquée/)).not.toBeInTheDocument());
    expect(unhide.result).toHaveBeenCalledTimes(1);
  });

  it('let a participant report someone else’s idea once, and say when it was reported already', async () => {
    const challenge = pageChallenge();
    const first = wallIdea({ title: 'Une pub déguisée' });
    const second = wallIdea({ title: 'Une autre pub' });
    const mine = wallIdea({ title: 'Mon idée', author: lenaAuthor });
    const report = reportIdeaMock(first.id, 'De la publicité.');
    const already = reportIdeaMock(second.id, 'Encore.', apiError(ErrorCode.CONFLICT));
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [first, second, mine]),
        report,
        already,
      ],
    });

    const menu = await openMenu('Une pub déguisée');
    // Nothing a participant would be refused.
    expect(within(menu).queryByRole('menuitem', { name: 'Présélectionner' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Masquer…' })).not.toBeInTheDocument();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Signaler…' }));
    const dialog = screen.getByRole('dialog', { name: 'Signaler cette idée' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Qu’est-ce qui pose problème/ }),
      'De la publicité.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      screen.getByText('Merci : votre signalement est envoyé à l’équipe d’animation.'),
    ).toBeInTheDocument();
    const after = await openMenu('Une pub déguisée');
    expect(within(after).getByRole('menuitem', { name: 'Signalement envoyé' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');

    // Reported from another tab meanwhile: the API says CONFLICT, the board says so.
    await userEvent.click(
      within(await openMenu('Une autre pub')).getByRole('menuitem', { name: 'Signaler…' }),
    );
    const other = screen.getByRole('dialog', { name: 'Signaler cette idée' });
    await userEvent.type(
      within(other).getByRole('textbox', { name: /^Qu’est-ce qui pose problème/ }),
      'Encore.',
    );
    await userEvent.click(within(other).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(
      await screen.findByText('Vous avez déjà signalé ce contenu : l’équipe d’animation l’a reçu.'),
    ).toBeInTheDocument();
    expect(
      within(await openMenu('Une autre pub')).getByRole('menuitem', { name: 'Signalement envoyé' }),
    ).toBeDisabled();
    await userEvent.keyboard('{Escape}');

    // Her own idea has no menu at all.
    expect(
      screen.queryByRole('button', { name: 'Actions sur «\u202fMon idée\u202f»' }),
    ).not.toBeInTheDocument();
  });

  it('shows visitors no menu, and an author their own hidden idea with the reason', async () => {
    const challenge = pageChallenge();
    const hidden = wallIdea({
      title: 'Mon idée masquée',
      author: lenaAuthor,
      hidden: true,
      hiddenReason: 'Hors sujet.',
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [hidden]),
      ],
    });

    const mine = await note('Mon idée masquée');
    expect(
      within(mine).getByText(/^Idée masquée : seuls l’équipe d’animation et son auteur la voient/),
    ).toBeInTheDocument();
    expect(within(mine).getByText('Motif : Hors sujet.')).toBeInTheDocument();
    expect(within(mine).queryByRole('button', { name: /^Actions sur/ })).not.toBeInTheDocument();
  });

  it('shows a visitor no actions', async () => {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, {
      mocks: [
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [wallIdea({ title: 'Une idée' })]),
      ],
    });
    await note('Une idée');
    expect(screen.queryByRole('button', { name: /^Actions sur/ })).not.toBeInTheDocument();
  });
});
