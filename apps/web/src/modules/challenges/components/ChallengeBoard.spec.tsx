import { ChallengeOrder } from '@ouimake/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { boardFiltersMock } from '../../../test/challengeFactories';
import { boardMock, boardPage, cardChallenge, failingBoardMock } from '../../../test/factories';
import { renderBoardAt, renderOnBoard } from '../../../test/render';
import { BOARD_PAGE_SIZE } from '../graphql/ChallengeBoard.query';
import { ChallengeBoard } from './ChallengeBoard';

function challenges(count: number) {
  return Array.from({ length: count }, () => cardChallenge());
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Chercher un défi' });
const citySelect = () => screen.getByRole('combobox', { name: 'Ville' });
const sortSelect = () => screen.getByRole('combobox', { name: 'Trier par' });
const themeBox = (name: string) => screen.getByRole('checkbox', { name });
const statusTab = (name: string) => screen.getByRole('radio', { name });

describe('ChallengeBoard', () => {
  it('shows skeletons while loading, then one card per challenge with the total', async () => {
    const page = challenges(3);
    renderOnBoard(<ChallengeBoard />, { mocks: [boardFiltersMock(), boardMock(boardPage(page))] });

    expect(screen.getByRole('status')).toHaveTextContent('Chargement des défis…');
    const list = await screen.findByRole('list', { name: 'Défis, du plus récent au plus ancien' });
    expect(within(list).getAllByRole('article')).toHaveLength(3);
    for (const challenge of page) {
      expect(screen.getByRole('article', { name: challenge.title })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: challenge.title })).toHaveAttribute(
        'href',
        `/challenges/${challenge.id}`,
      );
    }
    expect(screen.getByText('3 défis ouverts')).toBeInTheDocument();
    expect(screen.queryByText('Chargement des défis…')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voir plus de défis' })).not.toBeInTheDocument();
  });

  it('says so when there is no challenge yet, and invites to present a project', async () => {
    renderOnBoard(<ChallengeBoard />, { mocks: [boardFiltersMock(), boardMock(boardPage([]))] });

    expect(
      await screen.findByRole('heading', { name: 'Le tableau attend son premier défi' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Présenter un projet' })).toHaveAttribute(
      'href',
      '/projects/new',
    );
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the failure with a retry button that loads the board again', async () => {
    const page = challenges(2);
    renderOnBoard(<ChallengeBoard />, {
      mocks: [boardFiltersMock(), failingBoardMock(), boardMock(boardPage(page))],
    });

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
      mocks: [
        boardFiltersMock(),
        boardMock(firstPage),
        boardMock(boardPage(second, { totalCount: 14 }), endCursor),
      ],
    });

    expect(await screen.findAllByRole('article')).toHaveLength(BOARD_PAGE_SIZE);
    expect(screen.getByText('14 défis ouverts')).toBeInTheDocument();
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
      mocks: [
        boardFiltersMock(),
        boardMock(firstPage),
        failingBoardMock(firstPage.challenges.pageInfo.endCursor ?? undefined),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Voir plus de défis' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La suite n’a pas pu être chargée.');
    expect(screen.getAllByRole('article')).toHaveLength(BOARD_PAGE_SIZE);
    expect(screen.getByRole('button', { name: 'Voir plus de défis' })).toBeInTheDocument();
  });

  it('speaks English when the board does', async () => {
    const firstPage = boardPage(challenges(BOARD_PAGE_SIZE), { totalCount: 30, hasNextPage: true });
    renderOnBoard(<ChallengeBoard />, { lng: 'en', mocks: [boardFiltersMock(), boardMock(firstPage)] });

    expect(await screen.findByRole('button', { name: 'Show more challenges' })).toBeInTheDocument();
    expect(screen.getByText('30 open challenges')).toBeInTheDocument();
    expect(screen.getByText('12 challenges shown of 30')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search the challenges' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Closed' })).toBeInTheDocument();
  });
});

describe('the board filters and the address', () => {
  it('reads every filter from the address, asks for exactly that, and shows it in the controls', async () => {
    const found = cardChallenge({ title: 'Comment garder nos bénévoles\u202f?' });
    const filters = {
      query: 'bénévoles',
      status: 'all' as const,
      themes: ['volunteering'],
      city: 'Brest',
      sort: ChallengeOrder.MOST_IDEAS,
    };
    const board = boardMock(boardPage([found]), undefined, filters);
    renderBoardAt('/?q=b%C3%A9n%C3%A9voles&status=all&theme=volunteering&city=Brest&sort=most-ideas', {
      mocks: [boardFiltersMock(), board],
    });

    expect(await screen.findByRole('article', { name: found.title })).toBeInTheDocument();
    expect(board.result).toHaveBeenCalledTimes(1);
    expect(screen.getByText('1 défi correspond')).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Défis, ceux qui ont le plus d’idées d’abord' }),
    ).toBeInTheDocument();
    expect(searchBox()).toHaveValue('bénévoles');
    expect(statusTab('Tous')).toBeChecked();
    await waitFor(() => expect(themeBox('Bénévolat')).toBeChecked());
    expect(themeBox('Gouvernance')).not.toBeChecked();
    expect(citySelect()).toHaveValue('Brest');
    expect(sortSelect()).toHaveValue(ChallengeOrder.MOST_IDEAS);
  });

  it('puts each change in the address and asks again; Back undoes the last one', async () => {
    const all = challenges(3);
    const governance = challenges(2);
    const inBrest = challenges(1);
    const closed = challenges(1);
    const { router } = renderBoardAt('/', {
      mocks: [
        boardFiltersMock(),
        boardMock(boardPage(all)),
        boardMock(boardPage(governance), undefined, { themes: ['governance'] }),
        boardMock(boardPage(inBrest), undefined, { themes: ['governance'], city: 'Brest' }),
        boardMock(boardPage(closed), undefined, { themes: ['governance'], city: 'Brest', status: 'closed' }),
      ],
    });
    await screen.findByRole('article', { name: all[0].title });

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Gouvernance' }));
    expect(router.state.location.search).toBe('?theme=governance');
    expect(await screen.findByRole('article', { name: governance[1].title })).toBeInTheDocument();

    await userEvent.selectOptions(citySelect(), 'Brest');
    expect(router.state.location.search).toBe('?theme=governance&city=Brest');
    expect(await screen.findByRole('article', { name: inBrest[0].title })).toBeInTheDocument();

    await userEvent.click(statusTab('Clos'));
    expect(router.state.location.search).toBe('?status=closed&theme=governance&city=Brest');
    expect(await screen.findByRole('article', { name: closed[0].title })).toBeInTheDocument();
    expect(screen.getByText('1 défi correspond')).toBeInTheDocument();

    await act(() => router.navigate(-1));

    expect(router.state.location.search).toBe('?theme=governance&city=Brest');
    expect(await screen.findByRole('article', { name: inBrest[0].title })).toBeInTheDocument();
    expect(statusTab('Ouverts')).toBeChecked();
    expect(citySelect()).toHaveValue('Brest');
  });

  it('searches once typing pauses, best matches first, and Back empties the search box again', async () => {
    const all = challenges(2);
    const found = challenges(1);
    const search = boardMock(boardPage(found), undefined, { query: 'cuisine' });
    const { router } = renderBoardAt('/', {
      mocks: [boardFiltersMock(), boardMock(boardPage(all)), search, boardMock(boardPage(all))],
    });
    await screen.findByRole('article', { name: all[0].title });
    expect(within(sortSelect()).queryByRole('option', { name: 'Pertinence' })).not.toBeInTheDocument();

    await userEvent.type(searchBox(), 'cuisine');

    expect(await screen.findByRole('article', { name: found[0].title })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=cuisine');
    expect(search.result).toHaveBeenCalledTimes(1);
    expect(sortSelect()).toHaveValue(ChallengeOrder.RELEVANCE);
    expect(within(sortSelect()).getByRole('option', { name: 'Pertinence' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Défis, les plus pertinents d’abord' })).toBeInTheDocument();

    await act(() => router.navigate(-1));

    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    expect(await screen.findByRole('article', { name: all[1].title })).toBeInTheDocument();
    // The search is not put back in the address by the box catching up.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(router.state.location.search).toBe('');
  });

  it('changes the order from the sort menu', async () => {
    const newest = challenges(2);
    const trending = challenges(2);
    const { router } = renderBoardAt('/', {
      mocks: [
        boardFiltersMock(),
        boardMock(boardPage(newest)),
        boardMock(boardPage(trending), undefined, { sort: ChallengeOrder.TRENDING }),
      ],
    });
    await screen.findByRole('article', { name: newest[0].title });

    await userEvent.selectOptions(sortSelect(), 'Les plus actifs');

    expect(router.state.location.search).toBe('?sort=trending');
    expect(await screen.findByRole('list', { name: 'Défis, les plus actifs d’abord' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: trending[1].title })).toBeInTheDocument();
  });

  it('says when nothing matches, and clears the filters but keeps the tab', async () => {
    const all = challenges(2);
    const { router } = renderBoardAt('/?status=all&theme=funding&city=Nantes', {
      mocks: [
        boardFiltersMock(),
        boardMock(boardPage([]), undefined, { status: 'all', themes: ['funding'], city: 'Nantes' }),
        boardMock(boardPage(all), undefined, { status: 'all' }),
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Aucun défi ne correspond' })).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Effacer les filtres' });
    expect(clear).toHaveLength(2);

    await userEvent.click(clear[1]);

    expect(router.state.location.search).toBe('?status=all');
    expect(await screen.findByRole('article', { name: all[0].title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Effacer les filtres' })).not.toBeInTheDocument();
  });

  it('offers to look among the closed challenges when no open one matches a search', async () => {
    const closed = challenges(1);
    const { router } = renderBoardAt('/?q=grange', {
      mocks: [
        boardFiltersMock(),
        boardMock(boardPage([]), undefined, { query: 'grange' }),
        boardMock(boardPage(closed), undefined, { query: 'grange', status: 'all' }),
      ],
    });

    expect(await screen.findByText(/Rien pour « grange »/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Chercher aussi parmi les défis clos' }));

    expect(router.state.location.search).toBe('?q=grange&status=all');
    expect(await screen.findByRole('article', { name: closed[0].title })).toBeInTheDocument();
  });

  it('loads more of a filtered board with the same filters', async () => {
    const first = challenges(BOARD_PAGE_SIZE);
    const second = challenges(1);
    const firstPage = boardPage(first, { totalCount: 13, hasNextPage: true });
    const next = boardMock(
      boardPage(second, { totalCount: 13 }),
      firstPage.challenges.pageInfo.endCursor ?? undefined,
      { city: 'Brest' },
    );
    renderBoardAt('/?city=Brest', {
      mocks: [boardFiltersMock(), boardMock(firstPage, undefined, { city: 'Brest' }), next],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Voir plus de défis' }));

    expect(await screen.findByRole('article', { name: second[0].title })).toBeInTheDocument();
    expect(next.result).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('article')).toHaveLength(13);
  });
});
