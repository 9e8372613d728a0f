import { ChallengeStatus, IdeaStatus, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, closeMock, pageChallenge } from '../../../test/challengeFactories';
import { selectableIdeasMock, setIdeaStatusMock } from '../../../test/curationFactories';
import { wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });

describe('closing a challenge', () => {
  it('picks its selected ideas from a checklist, the shortlisted ones first', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const selected = wallIdea({ title: 'Un goûter mensuel', status: IdeaStatus.SELECTED, voteCount: 9 });
    const shortlisted = wallIdea({ title: 'Des binômes', status: IdeaStatus.SHORTLISTED, voteCount: 5 });
    const proposed = wallIdea({ title: 'Un planning partagé', voteCount: 2 });
    const text = 'Deux idées retenues pour l’atelier de mai.';
    const close = closeMock(
      challenge.id,
      text,
      { ...challenge, status: ChallengeStatus.CLOSED, outcome: text },
      [shortlisted.id, proposed.id],
    );
    // Unchecked, the idea selected before goes back to the shortlist.
    const demote = setIdeaStatusMock(selected.id, IdeaStatus.SHORTLISTED);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        challengePageMock(challenge.id, challenge),
        selectableIdeasMock(challenge.id, [selected, shortlisted], [proposed]),
        close,
        demote,
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Clore le défi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore ce défi' });
    const field = within(dialog).getByRole('group', { name: 'Les idées retenues' });
    const boxes = await within(field).findAllByRole('checkbox');
    expect(
      boxes.map((box) => box.closest('.mantine-Checkbox-root')?.querySelector('span')?.textContent),
    ).toEqual(['Un goûter mensuel', 'Des binômes', 'Un planning partagé']);
    expect(within(field).getByRole('group', { name: 'Présélectionnées et retenues' })).toBeInTheDocument();
    // Those already selected start checked.
    expect(within(field).getByRole('checkbox', { name: /^Un goûter mensuel/ })).toBeChecked();
    expect(within(field).getByRole('checkbox', { name: /^Des binômes/ })).not.toBeChecked();
    expect(within(field).getByText('1 idée retenue')).toBeInTheDocument();
    expect(within(field).getByRole('checkbox', { name: /^Des binômes/ })).toHaveAccessibleName(
      /Présélectionnée.*5 votes/,
    );

    await userEvent.click(within(field).getByRole('checkbox', { name: /^Un goûter mensuel/ }));
    await userEvent.click(within(field).getByRole('checkbox', { name: /^Des binômes/ }));
    await userEvent.click(within(field).getByRole('checkbox', { name: /^Un planning partagé/ }));
    expect(within(field).getByText('2 idées retenues')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Le bilan' }), text);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le défi' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(close.result).toHaveBeenCalledTimes(1);
    expect(demote.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('region', { name: 'Ce qui en est ressorti' })).toHaveTextContent(text);
  });

  it('says when the challenge has no idea to select', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge)],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Clore le défi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore ce défi' });
    expect(await within(dialog).findByText('Ce défi n’a pas d’idée à retenir.')).toBeInTheDocument();
  });
});
