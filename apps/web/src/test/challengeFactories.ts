import type { MockLink } from '@apollo/client/testing';
import { type BrainstormPhase, ChallengeStatus } from '@ouimake/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { CreateChallengeInput, UpdateChallengeInput } from '../gql/graphql';
import { BoardFiltersQuery } from '../modules/challenges/graphql/BoardFilters.query';
import {
  CloseChallengeMutation,
  PublishChallengeMutation,
  ReopenChallengeMutation,
} from '../modules/challenges/graphql/ChallengeLifecycle.mutation';
import { ChallengePageQuery } from '../modules/challenges/graphql/ChallengePage.query';
import { VenuePresenceQuery } from '../modules/events/graphql/EventPage.query';
import { EditChallengeQuery } from '../modules/challenges/graphql/EditChallenge.query';
import {
  FollowChallengeMutation,
  UnfollowChallengeMutation,
} from '../modules/challenges/graphql/FollowChallenge.mutation';
import {
  CreateChallengeMutation,
  UpdateChallengeMutation,
} from '../modules/challenges/graphql/SaveChallenge.mutation';
import { ThemeChoicesQuery } from '../modules/challenges/graphql/ThemeChoices.query';

/** The themes the API knows, in French. */
export const THEMES = [
  { __typename: 'Theme' as const, slug: 'governance', label: 'Gouvernance', challengeCount: 4 },
  { __typename: 'Theme' as const, slug: 'volunteering', label: 'Bénévolat', challengeCount: 3 },
  { __typename: 'Theme' as const, slug: 'funding', label: 'Financement', challengeCount: 2 },
];

export const CITIES = [
  { __typename: 'CityCount' as const, city: 'Brest', challengeCount: 7 },
  { __typename: 'CityCount' as const, city: 'Nantes', challengeCount: 1 },
];

/** The board's themes and cities, for as many requests as a test makes. */
export function boardFiltersMock(): MockLink.MockedResponse {
  return {
    request: { query: BoardFiltersQuery },
    result: { data: { __typename: 'Query', themes: THEMES, cities: CITIES } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function themeChoicesMock(): MockLink.MockedResponse {
  return {
    request: { query: ThemeChoicesQuery },
    result: {
      data: {
        __typename: 'Query',
        themes: THEMES.map(({ slug, label }) => ({ __typename: 'Theme', slug, label })),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

let sequence = 0;

/** A challenge as its page shows it; every call gives a new id. */
export function pageChallenge(
  overrides: Partial<Omit<PageChallenge, 'project'>> & { project?: Partial<PageChallenge['project']> } = {},
): PageChallenge {
  sequence += 1;
  const { project, ...rest } = overrides;
  return {
    __typename: 'Challenge',
    id: `challenge-page-${sequence}`,
    title: 'Comment impliquer des bénévoles sans qu’ils s’épuisent ?',
    description: 'Nous avons **vingt** bénévoles.\n\n- le samedi\n- le mercredi',
    status: ChallengeStatus.OPEN,
    city: 'Brest',
    voteBudget: null,
    blindVoting: false,
    closesAt: null,
    outcome: null,
    ideaCount: 5,
    participantCount: 8,
    viewerCanCurate: false,
    viewerIsFollowing: false,
    presentCount: 1,
    session: null,
    resources: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    author: { __typename: 'User', id: 'user-maelle', displayName: 'Maëlle Le Gall' },
    themes: [{ __typename: 'Theme', slug: 'volunteering', label: 'Bénévolat' }],
    ...rest,
    project: {
      __typename: 'Project',
      id: 'project-coop',
      slug: 'cooperative-des-createurs',
      name: 'La Coopérative des Créateurs',
      city: 'Brest',
      viewerIsHolder: false,
      ...project,
    },
  };
}

export interface PageChallenge {
  __typename: 'Challenge';
  id: string;
  title: string;
  description: string;
  status: ChallengeStatus;
  city: string | null;
  voteBudget: number | null;
  blindVoting: boolean;
  closesAt: string | null;
  outcome: string | null;
  ideaCount: number;
  participantCount: number;
  viewerCanCurate: boolean;
  viewerIsFollowing: boolean;
  /** People watching live. */
  presentCount: number;
  /** The live round running, if any. */
  session: PageRound | null;
  /** Links worth reading first. */
  resources: PageResource[];
  createdAt: string;
  updatedAt: string;
  author: { __typename: 'User'; id: string; displayName: string };
  themes: Array<{ __typename: 'Theme'; slug: string; label: string }>;
  project: {
    __typename: 'Project';
    id: string;
    slug: string;
    name: string;
    city: string | null;
    viewerIsHolder: boolean;
  };
}

export interface PageResource {
  __typename: 'Resource';
  id: string;
  title: string;
  url: string;
}

export interface PageRound {
  __typename: 'BrainstormSession';
  id: string;
  phase: BrainstormPhase;
  startedAt: string;
  endsAt: string;
  startedBy: { __typename: 'User'; id: string; displayName: string };
}

/** A live round that started a minute ago and ends in `minutesLeft` minutes (from the real clock). */
export function pageRound(phase: BrainstormPhase, minutesLeft = 9, overrides: Partial<PageRound> = {}) {
  const now = Date.now();
  sequence += 1;
  return {
    __typename: 'BrainstormSession' as const,
    id: `round-${sequence}`,
    phase,
    startedAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + minutesLeft * 60_000).toISOString(),
    startedBy: { __typename: 'User' as const, id: 'user-erwan', displayName: 'Erwan Le Bihan' },
    ...overrides,
  };
}

type Outcome<T> = { data: T } | { errors: GraphQLFormattedError[] };
type Mock = MockLink.MockedResponse & { result: jest.Mock };

export function challengePageMock(id: string, challenge: PageChallenge | null): Mock {
  return {
    request: { query: ChallengePageQuery, variables: { id } },
    result: jest.fn(() => ({ data: { __typename: 'Query', challenge } })),
  };
}

/** The live count of a challenge's page (its venues' query brings it): `presentCount` people, no venue. */
export function venuePresenceMock(id: string, presentCount: number): Mock {
  return {
    request: { query: VenuePresenceQuery, variables: { id } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        challenge: { __typename: 'Challenge', id, presentCount, presenceByVenue: [] },
      },
    })),
  };
}

function outcome<T>(data: T | GraphQLFormattedError, wrap: (value: T) => unknown): Outcome<unknown> {
  return data && typeof data === 'object' && 'extensions' in data
    ? { errors: [data as GraphQLFormattedError] }
    : { data: wrap(data as T) };
}

export function followMock(id: string, follow: boolean, answer: boolean | GraphQLFormattedError): Mock {
  const field = follow ? 'followChallenge' : 'unfollowChallenge';
  return {
    request: { query: follow ? FollowChallengeMutation : UnfollowChallengeMutation, variables: { id } },
    result: jest.fn(() =>
      outcome(answer, (following: boolean) => ({
        __typename: 'Mutation',
        [field]: { __typename: 'Challenge', id, viewerIsFollowing: following },
      })),
    ),
    delay: 20,
  };
}

export function closeMock(
  id: string,
  text: string,
  answer: PageChallenge | GraphQLFormattedError,
  selectedIdeaIds?: string[],
): Mock {
  return {
    request: {
      query: CloseChallengeMutation,
      variables: selectedIdeaIds ? { id, outcome: text, selectedIdeaIds } : { id, outcome: text },
    },
    result: jest.fn(() =>
      outcome(answer, (challenge: PageChallenge) => ({ __typename: 'Mutation', closeChallenge: challenge })),
    ),
  };
}

export function reopenMock(id: string, answer: PageChallenge | GraphQLFormattedError): Mock {
  return {
    request: { query: ReopenChallengeMutation, variables: { id } },
    result: jest.fn(() =>
      outcome(answer, (challenge: PageChallenge) => ({ __typename: 'Mutation', reopenChallenge: challenge })),
    ),
  };
}

export function publishMock(id: string, answer: PageChallenge | GraphQLFormattedError): Mock {
  return {
    request: { query: PublishChallengeMutation, variables: { id } },
    result: jest.fn(() =>
      outcome(answer, (challenge: PageChallenge) => ({
        __typename: 'Mutation',
        publishChallenge: challenge,
      })),
    ),
  };
}

export function createChallengeMock(
  input: CreateChallengeInput,
  answer: { id: string; status: ChallengeStatus } | GraphQLFormattedError,
): Mock {
  return {
    request: { query: CreateChallengeMutation, variables: { input } },
    result: jest.fn(() =>
      outcome(answer, ({ id, status }: { id: string; status: ChallengeStatus }) => ({
        __typename: 'Mutation',
        createChallenge: {
          __typename: 'Challenge',
          id,
          status,
          project: { __typename: 'Project', id: input.projectId },
        },
      })),
    ),
  };
}

export function updateChallengeMock(
  id: string,
  input: UpdateChallengeInput,
  answer: PageChallenge | GraphQLFormattedError,
): Mock {
  return {
    request: { query: UpdateChallengeMutation, variables: { id, input } },
    result: jest.fn(() =>
      outcome(answer, (challenge: PageChallenge) => ({ __typename: 'Mutation', updateChallenge: challenge })),
    ),
  };
}

export function editChallengeMock(challenge: PageChallenge | null, id = challenge?.id ?? 'missing'): Mock {
  return {
    request: { query: EditChallengeQuery, variables: { id } },
    result: jest.fn(() => ({ data: { __typename: 'Query', challenge } })),
  };
}
