import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { boardMock, boardPage, cardChallenge, failingBoardMock } from '../../../test/factories';
import { renderOnBoard } from '../../../test/render';
import { BOARD_PAGE_SIZE } from '../graphql/ChallengeBoard.query';
import { ChallengeBoard } from './ChallengeBoard';

function challenges(count: number) {
  return Array.from({ length: count }, () => cardChallenge());
}

describe('ChallengeBoard', () => {
  it('shows skeletons while loading, then one card per challenge with the total', async () => {
    const page = challenges(3);
    renderOnBoard(<ChallengeBoard />, { mocks: [boardMock(boardPage(page))] });

    expect(screen.getByRole('status')).toHaveTextContent('Chargement des défis…');
    const list = await screen.findByRole('list', { name: 'Défis, du plus récent au plus ancien' });
    expect(
      within(list)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-labelledby')),
    ).toHaveLength(3);
    for (const challenge of page) {
      expect(screen.getByRole('article', { name: challenge.title })).toBeInTheDocument();
    }
    expect(screen.getByText('3 défis')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voir plus de défis' })).not.toBeInTheDocument();
  });

  it('says so when there is no challenge yet', async () => {
    renderOnBoard(<ChallengeBoard />, { mocks: [boardMock(boardPage([]))] });

    expect(
      await screen.findByRole('heading', { name: 'Le tableau attend son premier défi' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the failure with a retry button that loads the board again', async () => {
    const page = challenges(2);
    renderOnBoard(<ChallengeBoard />, { mocks: [failingBoardMock(), boardMock(boardPage(page))] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les défis ne se sont pas affichés');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('article', { name: page[1].title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loads the next page after the last cursor and appends it', async () => {
    const first = challenges(BOARD_PAGE_SIZE);
    const second = challenges(2);
    const firstPage = boardPage(first, { totalCount: 14, hasNextPage: true });
    const endCursor = firstPage.challenges.pageInfo.endCursor ?? undefined;
    renderOnBoard(<ChallengeBoard />, {
      mocks: [boardMock(firstPage), boardMock(boardPage(second, { totalCount: 14 }), endCursor)],
    });

    expect(await screen.findAllByRole('article')).toHaveLength(BOARD_PAGE_SIZE);
    expect(screen.getByText('14 défis')).toBeInTheDocument();
    expect(screen.getByText('12 défis affichés sur 14')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Voir plus de défis' }));

    expect(await screen.findByRole('article', { name: second[1].title })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(14);
    expect(screen.getByRole('article', { name: first[0].title })).toBeInTheDocument();
    expect(screen.getByText('14 défis affichés sur 14')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voir plus de défis' })).not.toBeInTheDocument();
  });

  it('keeps the loaded cards and the button when the next page fails', async () => {
    const firstPage = boardPage(challenges(BOARD_PAGE_SIZE), { totalCount: 20, hasNextPage: true });
    renderOnBoard(<ChallengeBoard />, {
      mocks: [boardMock(firstPage), failingBoardMock(firstPage.challenges.pageInfo.endCursor ?? undefined)],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Voir plus de défis' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La suite n’a pas pu être chargée.');
    expect(screen.getAllByRole('article')).toHaveLength(BOARD_PAGE_SIZE);
    expect(screen.getByRole('button', { name: 'Voir plus de défis' })).toBeInTheDocument();
  });

  it('speaks English when the board does', async () => {
    const firstPage = boardPage(challenges(BOARD_PAGE_SIZE), { totalCount: 30, hasNextPage: true });
    renderOnBoard(<ChallengeBoard />, { lng: 'en', mocks: [boardMock(firstPage)] });

    expect(await screen.findByRole('button', { name: 'Show more challenges' })).toBeInTheDocument();
    expect(screen.getByText('30 challenges')).toBeInTheDocument();
    expect(screen.getByText('Showing 12 of 30 challenges')).toBeInTheDocument();
  });
});
