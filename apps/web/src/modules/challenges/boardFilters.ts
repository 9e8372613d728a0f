import { ChallengeOrder, ChallengeStatus } from '@ouimake/domain';
import type { ChallengeBoardQueryVariables, ChallengeFilter } from '../../gql/graphql';

/** Challenges per page on the board. */
export const BOARD_PAGE_SIZE = 12;

/** The board's status tabs: open challenges (the default), closed ones, or both (never drafts). */
export type StatusTab = 'open' | 'closed' | 'all';
export const STATUS_TABS: readonly StatusTab[] = ['open', 'closed', 'all'];

/** The orders a person can pick; RELEVANCE only while searching. */
export const SORTS: readonly ChallengeOrder[] = [
  ChallengeOrder.RELEVANCE,
  ChallengeOrder.TRENDING,
  ChallengeOrder.NEWEST,
  ChallengeOrder.MOST_IDEAS,
  ChallengeOrder.CLOSING_SOON,
];

/** What the board shows, as the address says it. */
export interface BoardFilters {
  /** Words to search for; '' for none. */
  query: string;
  status: StatusTab;
  /** Theme slugs; a challenge with any of them matches. */
  themes: string[];
  city: string | null;
  /** The order asked for; null for the default (relevance while searching, else newest). */
  sort: ChallengeOrder | null;
}

export const DEFAULT_FILTERS: BoardFilters = {
  query: '',
  status: 'open',
  themes: [],
  city: null,
  sort: null,
};

/** The query-string names: short, readable, and the same in every language. */
export const PARAMS = { query: 'q', status: 'status', theme: 'theme', city: 'city', sort: 'sort' } as const;

const SORT_PARAM: Record<ChallengeOrder, string> = {
  [ChallengeOrder.RELEVANCE]: 'relevance',
  [ChallengeOrder.TRENDING]: 'trending',
  [ChallengeOrder.NEWEST]: 'newest',
  [ChallengeOrder.MOST_IDEAS]: 'most-ideas',
  [ChallengeOrder.CLOSING_SOON]: 'closing-soon',
};

function sortFromParam(value: string | null): ChallengeOrder | null {
  const found = SORTS.find((sort) => SORT_PARAM[sort] === value);
  return found ?? null;
}

function isStatusTab(value: string | null): value is StatusTab {
  return value !== null && (STATUS_TABS as readonly string[]).includes(value);
}

/** The slugs once each, in the order first given. */
function distinct(values: Iterable<string>): string[] {
  return [...new Set([...values].map((value) => value.trim()).filter(Boolean))];
}

/** Reads the filters from the address; anything unknown or malformed falls back to the default. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  const status = params.get(PARAMS.status);
  const query = (params.get(PARAMS.query) ?? '').trim();
  const sort = sortFromParam(params.get(PARAMS.sort));
  return {
    query,
    status: isStatusTab(status) ? status : DEFAULT_FILTERS.status,
    themes: distinct(params.getAll(PARAMS.theme)),
    city: params.get(PARAMS.city)?.trim() || null,
    // Relevance orders the results of a search: without words it means nothing.
    sort: sort === ChallengeOrder.RELEVANCE && !query ? null : sort,
  };
}

/** The address's query for `filters`: defaults are left out, so the plain board stays `/`. */
export function boardSearchParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const query = filters.query.trim();
  if (query) params.set(PARAMS.query, query);
  if (filters.status !== DEFAULT_FILTERS.status) params.set(PARAMS.status, filters.status);
  for (const theme of distinct(filters.themes)) params.append(PARAMS.theme, theme);
  if (filters.city?.trim()) params.set(PARAMS.city, filters.city.trim());
  const sort = effectiveSort(filters);
  if (filters.sort !== null && sort !== defaultSort(query)) params.set(PARAMS.sort, SORT_PARAM[sort]);
  return params;
}

function defaultSort(query: string): ChallengeOrder {
  return query.trim() ? ChallengeOrder.RELEVANCE : ChallengeOrder.NEWEST;
}

/** The order the board uses: the one asked for, else relevance while searching, else newest. */
export function effectiveSort(filters: BoardFilters): ChallengeOrder {
  if (filters.sort === ChallengeOrder.RELEVANCE && !filters.query.trim()) return ChallengeOrder.NEWEST;
  return filters.sort ?? defaultSort(filters.query);
}

/** The orders offered in the sort menu: relevance only while searching. */
export function availableSorts(filters: BoardFilters): ChallengeOrder[] {
  return SORTS.filter((sort) => sort !== ChallengeOrder.RELEVANCE || Boolean(filters.query.trim()));
}

const STATUSES: Record<StatusTab, ChallengeStatus[]> = {
  open: [ChallengeStatus.OPEN],
  closed: [ChallengeStatus.CLOSED],
  // Drafts are their holders' business and stay on the project's page, not on the board.
  all: [ChallengeStatus.OPEN, ChallengeStatus.CLOSED],
};

/** The board query's variables for `filters`, first page (`after` for the next ones). */
export function boardVariables(filters: BoardFilters): ChallengeBoardQueryVariables {
  const filter: ChallengeFilter = { status: STATUSES[filters.status] };
  const query = filters.query.trim();
  if (query) filter.query = query;
  const themes = distinct(filters.themes);
  if (themes.length > 0) filter.themes = themes;
  if (filters.city?.trim()) filter.city = filters.city.trim();
  return { first: BOARD_PAGE_SIZE, filter, orderBy: effectiveSort(filters) };
}

/** Whether anything narrows the board beyond the default tab. */
export function isFiltered(filters: BoardFilters): boolean {
  return Boolean(filters.query.trim()) || filters.themes.length > 0 || Boolean(filters.city);
}
