import { ErrorCode, IdeaStatus, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, pageChallenge } from '../../../test/challengeFactories';
import { mergeCandidatesMock, mergeIdeasMock, refusedMergeMock } from '../../../test/curationFactories';
import { challengeIdeasMock, wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });

const wall = () => screen.findByRole('list', { name: 'Idées proposées' });

/** A challenge's wall for a curator, the source and its would-be targets on it. */
function curatorWall() {
  const challenge = pageChallenge({ viewerCanCurate: true, ideaCount: 4 });
  const source = wallIdea({ title: 'Un goûter commun le mercredi', voteCount: 3, commentCount: 2 });
  const keeper = wallIdea({ title: 'Un goûter partagé', voteCount: 4 });
  const other = wallIdea({ title: 'Une boîte à outils', voteCount: 1 });
  const hidden = wallIdea({ title: 'Un goûter caché', hidden: true, hiddenReason: 'Spam.' });
  const ideas = [keeper, source, other, hidden];
  return { challenge, source, keeper, other, hidden, ideas };
}

async function openMerge(title: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions sur «\u202f${title}\u202f»` }));
  await userEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Fusionner dans…' }));
  return screen.findByRole('dialog', { name: 'Fusionner une idée' });
}

describe('merging an idea into another', () => {
  it('searches the challenge’s other ideas, previews the result, and takes the merged idea off the wall', async () => {
    const { challenge, source, keeper, other, ideas } = curatorWall();
    const merge = mergeIdeasMock(source.id, {
      id: keeper.id,
      title: keeper.title,
      voteCount: 6,
      challengeId: challenge.id,
      ideaCount: 3,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, ideas),
        mergeCandidatesMock(challenge.id, source.id, ideas, [keeper.id]),
        merge,
      ],
    });

    const dialog = await openMerge(source.title);
    const choices = await within(dialog).findByRole('radiogroup', {
      name: 'Idées dans lesquelles fusionner',
    });
    // Never itself nor a hidden idea; the one close to it first, marked so.
    const names = within(choices)
      .getAllByRole('radio')
      .map((radio) => radio.closest('.mantine-Radio-root')?.textContent);
    expect(names).toEqual([
      expect.stringMatching(/^Un goûter partagéProche/),
      expect.stringMatching(/^Une boîte à outils/),
    ]);
    expect(
      within(dialog).getByText('Choisissez une idée pour voir le résultat avant de confirmer.'),
    ).toBeInTheDocument();

    // Confirming without a choice says what is missing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Choisissez d’abord l’idée dans laquelle fusionner.',
    );
    expect(merge.result).not.toHaveBeenCalled();

    // Searching narrows the list, whatever the accents and the case.
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Chercher parmi les idées du défi' }),
      'GOUTER',
    );
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    await userEvent.click(within(choices).getByRole('radio', { name: /^Un goûter partagé/ }));

    const preview = within(dialog).getByRole('region', { name: 'Ce qui va se passer' });
    expect(within(preview).getByText(source.title)).toBeInTheDocument();
    expect(within(preview).getByText(keeper.title)).toBeInTheDocument();
    expect(within(preview).getByText('4 votes')).toBeInTheDocument();
    // Voters of both count once: 7 at most.
    expect(within(preview).getByText('jusqu’à 7')).toBeInTheDocument();
    expect(
      within(preview).getByText(
        'Les 2 commentaires de l’idée fusionnée restent sur sa page, avec un lien vers l’idée gardée.',
      ),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/Une fusion ne se défait pas\.$/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(merge.result).toHaveBeenCalledTimes(1);
    const notes = await wall();
    expect(within(notes).queryByRole('article', { name: source.title })).not.toBeInTheDocument();
    expect(
      within(notes).getByRole('button', { name: 'Voter pour «\u202fUn goûter partagé\u202f» (6 votes)' }),
    ).toBeInTheDocument();
    expect(within(notes).getByRole('article', { name: other.title })).toBeInTheDocument();
    expect(
      screen.getByText('« Un goûter commun le mercredi » est fusionnée dans « Un goûter partagé ».'),
    ).toBeInTheDocument();
    // Read on from the idea it went into.
    await waitFor(() => expect(within(notes).getByRole('link', { name: keeper.title })).toHaveFocus());
  });

  it('says exactly what the count becomes when the source has no votes, and why the API refused', async () => {
    const { challenge, keeper, other, ideas } = curatorWall();
    const source = { ...other, voteCount: 0 };
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(
          challenge,
          ideas.map((idea) => (idea.id === other.id ? source : idea)),
        ),
        mergeCandidatesMock(challenge.id, source.id, ideas),
        refusedMergeMock(source.id, keeper.id, apiError(ErrorCode.BAD_USER_INPUT, { field: 'targetId' })),
      ],
    });

    const dialog = await openMerge(source.title);
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Un goûter partagé/ }));
    const preview = within(dialog).getByRole('region', { name: 'Ce qui va se passer' });
    expect(within(preview).getAllByText('4 votes')).toHaveLength(2);
    expect(within(preview).getByText('L’idée fusionnée n’a pas de commentaire.')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Cette fusion n’est pas possible : l’une des deux idées a été fusionnée ou retirée entre-temps.',
    );
    expect(screen.getByRole('dialog', { name: 'Fusionner une idée' })).toBeInTheDocument();
  });

  it('is offered to curators only, and never for a merged idea', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const idea = wallIdea({ title: 'Une idée', status: IdeaStatus.SELECTED });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Actions sur «\u202fUne idée\u202f»' }));
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Fusionner dans…' })).toBeInTheDocument();
    expect(within(menu).getByText('Statut actuel : Retenue')).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Présélectionner' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Remettre en proposée' })).toBeInTheDocument();
  });
});
