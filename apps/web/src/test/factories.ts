import { ChallengeStatus } from '@ouimake/domain';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '../gql';
import type { ChallengeBoardQuery, ChallengeCard_ChallengeFragment } from '../gql/graphql';
import { ChallengeCardFragment } from '../modules/challenges/graphql/ChallengeCard.fragment';
import { type BoardFilters, boardVariables, DEFAULT_FILTERS } from '../modules/challenges/boardFilters';
import { ChallengeBoardQuery as ChallengeBoardDocument } from '../modules/challenges/graphql/ChallengeBoard.query';

let sequence = 0;

/** A challenge as a board card sees it; every call gives a new id. */
export function cardChallenge(
  overrides: Partial<ChallengeCard_ChallengeFragment> = {},
): ChallengeCard_ChallengeFragment {
  sequence += 1;
  return {
    __typename: 'Challenge',
    id: `challenge-${sequence}`,
    title: `Défi numéro ${sequence}`,
    status: ChallengeStatus.OPEN,
    city: 'Brest',
    closesAt: null,
    ideaCount: 0,
    project: {
      __typename: 'Project',
      id: `project-${sequence}`,
      name: 'La Cantine numérique',
      city: 'Brest',
    },
    themes: [],
    ...overrides,
  };
}

/** One page of the board's query, as the API answers it. */
export function boardPage(
  challenges: ChallengeCard_ChallengeFragment[],
  {
    totalCount = challenges.length,
    hasNextPage = false,
  }: { totalCount?: number; hasNextPage?: boolean } = {},
): ChallengeBoardQuery {
  const edges = challenges.map((challenge) => ({
    __typename: 'ChallengeEdge' as const,
    cursor: `cursor-${challenge.id}`,
    node: {
      ...makeFragmentData(challenge, ChallengeCardFragment),
      __typename: 'Challenge' as const,
      id: challenge.id,
    },
  }));
  return {
    __typename: 'Query',
    challenges: {
      __typename: 'ChallengeConnection',
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    },
  };
}

/**
 * The board's request under `filters` (the default board: open challenges, newest first) for the
 * page after `after` (the first page without it).
 */
export function boardRequest(after?: string, filters: Partial<BoardFilters> = {}) {
  const variables = boardVariables({ ...DEFAULT_FILTERS, ...filters });
  return { query: ChallengeBoardDocument, variables: after ? { ...variables, after } : variables };
}

export function boardMock(
  data: ChallengeBoardQuery,
  after?: string,
  filters: Partial<BoardFilters> = {},
): MockLink.MockedResponse & { result: jest.Mock } {
  return { request: boardRequest(after, filters), result: jest.fn(() => ({ data })) };
}

export function failingBoardMock(
  after?: string,
  filters: Partial<BoardFilters> = {},
): MockLink.MockedResponse {
  return { request: boardRequest(after, filters), error: new Error('Network request failed') };
}
