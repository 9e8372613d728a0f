import { ChallengeOrder, ChallengeStatus } from '@ouimake/domain';
import {
  availableSorts,
  BOARD_PAGE_SIZE,
  type BoardFilters,
  boardSearchParams,
  boardVariables,
  DEFAULT_FILTERS,
  effectiveSort,
  isFiltered,
  parseBoardFilters,
} from './boardFilters';

const parse = (query: string) => parseBoardFilters(new URLSearchParams(query));
const serialize = (filters: Partial<BoardFilters>) =>
  boardSearchParams({ ...DEFAULT_FILTERS, ...filters }).toString();

describe('the board filters in the address', () => {
  it('reads the default board from an empty query, and writes it as an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS);
    expect(serialize({})).toBe('');
  });

  it('round-trips every filter through the query string', () => {
    const filters: BoardFilters = {
      query: 'bénévoles épuisés',
      status: 'all',
      themes: ['volunteering', 'governance'],
      city: 'Brest',
      sort: ChallengeOrder.MOST_IDEAS,
    };
    const query = serialize(filters);

    expect(query).toBe(
      'q=b%C3%A9n%C3%A9voles+%C3%A9puis%C3%A9s&status=all&theme=volunteering&theme=governance&city=Brest&sort=most-ideas',
    );
    expect(parse(query)).toEqual(filters);
  });

  it.each([
    [ChallengeOrder.TRENDING, 'trending'],
    [ChallengeOrder.MOST_IDEAS, 'most-ideas'],
    [ChallengeOrder.CLOSING_SOON, 'closing-soon'],
  ])('keeps the order %s as sort=%s', (sort, param) => {
    expect(serialize({ sort })).toBe(`sort=${param}`);
    expect(parse(`sort=${param}`).sort).toBe(sort);
  });

  it('leaves the defaults out: the open tab, newest first, relevance while searching', () => {
    expect(serialize({ status: 'open', sort: ChallengeOrder.NEWEST })).toBe('');
    expect(serialize({ query: 'lieu', sort: ChallengeOrder.RELEVANCE })).toBe('q=lieu');
    expect(serialize({ query: 'lieu', sort: ChallengeOrder.NEWEST })).toBe('q=lieu&sort=newest');
    expect(serialize({ status: 'closed' })).toBe('status=closed');
  });

  it('trims words, drops blank and repeated themes, and ignores what it does not know', () => {
    expect(
      parse('q=%20%20coop%20&theme=funding&theme=funding&theme=&status=archived&sort=best&city=%20'),
    ).toEqual({ ...DEFAULT_FILTERS, query: 'coop', themes: ['funding'] });
    expect(serialize({ query: '   ', themes: ['a', 'a', ' '], city: '  ' })).toBe('theme=a');
  });

  it('never orders by relevance without words to search', () => {
    expect(parse('sort=relevance').sort).toBeNull();
    expect(parse('q=coop&sort=relevance').sort).toBe(ChallengeOrder.RELEVANCE);
    expect(effectiveSort({ ...DEFAULT_FILTERS, sort: ChallengeOrder.RELEVANCE })).toBe(ChallengeOrder.NEWEST);
    expect(availableSorts(DEFAULT_FILTERS)).not.toContain(ChallengeOrder.RELEVANCE);
    expect(availableSorts({ ...DEFAULT_FILTERS, query: 'coop' })[0]).toBe(ChallengeOrder.RELEVANCE);
  });

  it('says whether anything narrows the board beyond its tab', () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, status: 'closed', sort: ChallengeOrder.TRENDING })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, city: 'Brest' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, themes: ['funding'] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, query: 'x' })).toBe(true);
  });
});

describe("the board query's variables", () => {
  const variables = (query: string) => boardVariables(parse(query));

  it('asks for the open challenges, newest first, by default', () => {
    expect(variables('')).toEqual({
      first: BOARD_PAGE_SIZE,
      filter: { status: [ChallengeStatus.OPEN] },
      orderBy: ChallengeOrder.NEWEST,
    });
  });

  it.each([
    ['status=closed', [ChallengeStatus.CLOSED]],
    ['status=all', [ChallengeStatus.OPEN, ChallengeStatus.CLOSED]],
  ])('asks for the statuses of %s, never drafts', (query, status) => {
    expect(variables(query).filter).toEqual({ status });
  });

  it('passes the words, the themes (any of them) and the city', () => {
    expect(variables('q=b%C3%A9n%C3%A9voles&theme=volunteering&theme=funding&city=Nantes')).toEqual({
      first: BOARD_PAGE_SIZE,
      filter: {
        status: [ChallengeStatus.OPEN],
        query: 'bénévoles',
        themes: ['volunteering', 'funding'],
        city: 'Nantes',
      },
      orderBy: ChallengeOrder.RELEVANCE,
    });
  });

  it.each([
    ['sort=trending', ChallengeOrder.TRENDING],
    ['sort=newest', ChallengeOrder.NEWEST],
    ['sort=most-ideas', ChallengeOrder.MOST_IDEAS],
    ['sort=closing-soon', ChallengeOrder.CLOSING_SOON],
    ['q=coop', ChallengeOrder.RELEVANCE],
    ['q=coop&sort=trending', ChallengeOrder.TRENDING],
    ['sort=relevance', ChallengeOrder.NEWEST],
  ])('orders %s by %s', (query, orderBy) => {
    expect(variables(query).orderBy).toBe(orderBy);
  });
});
