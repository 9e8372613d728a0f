import type { MockLink } from '@apollo/client/testing';
import { type BrainstormPhase, ChallengeStatus, IdeaOrder, IdeaStatus } from '@ouimake/domain';
import type { GraphQLFormattedError } from 'graphql';
import { SelectableIdeasQuery } from '../modules/challenges/graphql/SelectableIdeas.query';
import { ChallengeIdeasQuery, IDEAS_PAGE_SIZE } from '../modules/ideas/graphql/ChallengeIdeas.query';
import { AddCommentMutation, DeleteCommentMutation } from '../modules/ideas/graphql/Comment.mutation';
import { COMMENTS_PAGE_SIZE, IdeaPageQuery } from '../modules/ideas/graphql/IdeaPage.query';
import { ProposeIdeaMutation } from '../modules/ideas/graphql/ProposeIdea.mutation';
import { SimilarIdeasQuery } from '../modules/ideas/graphql/SimilarIdeas.query';
import { UnvoteMutation, VoteMutation } from '../modules/ideas/graphql/Vote.mutation';

type Mock = MockLink.MockedResponse & { result: jest.Mock };
type Answer<T> = T | GraphQLFormattedError;

const isError = (value: unknown): value is GraphQLFormattedError =>
  Boolean(value) && typeof value === 'object' && 'extensions' in (value as object);

/**
 * Matches a mutation's `input` equal to `expected` but for its client key, which the form makes
 * (a UUID: any is accepted) and which `keys` collects, to see a retry send the same one.
 */
export function withAnyClientKey(expected: object, keys: string[] = []) {
  return ({ input }: { input: Record<string, unknown> & { clientKey?: string | null } }) => {
    const { clientKey, ...rest } = input;
    if (typeof clientKey !== 'string' || !/^[0-9a-f-]{36}$/.test(clientKey)) return false;
    const same = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    if (same(rest) !== same(expected)) return false;
    keys.push(clientKey);
    return true;
  };
}

function answer<T>(value: Answer<T>, wrap: (value: T) => unknown) {
  return isError(value) ? { errors: [value] } : { data: wrap(value) };
}

let sequence = 0;

export interface WallIdea {
  __typename: 'Idea';
  id: string;
  title: string;
  body: string;
  status: IdeaStatus;
  hidden: boolean;
  hiddenReason: string | null;
  viewerHasReported: boolean;
  commentCount: number;
  createdAt: string;
  voteCount: number | null;
  viewerHasVoted: boolean;
  author: { __typename: 'User'; id: string; displayName: string };
  authorVenue: { __typename: 'Venue'; id: string; city: string } | null;
}

/** An idea as the wall shows it; every call gives a new id. */
export function wallIdea(overrides: Partial<WallIdea> = {}): WallIdea {
  sequence += 1;
  return {
    __typename: 'Idea',
    id: `idea-${sequence}`,
    title: `Une idée n°${sequence}`,
    body: 'Des binômes de **bénévoles** pour se relayer.',
    status: IdeaStatus.PROPOSED,
    hidden: false,
    hiddenReason: null,
    viewerHasReported: false,
    commentCount: 0,
    createdAt: '2026-03-02T10:00:00.000Z',
    voteCount: 0,
    viewerHasVoted: false,
    author: { __typename: 'User', id: 'user-erwan', displayName: 'Erwan Le Bihan' },
    authorVenue: null,
    ...overrides,
  };
}

export interface WallChallenge {
  id: string;
  viewerVotesLeft?: number | null;
}

/** A page of a challenge's ideas, for the order given (TOP unless said). */
export function challengeIdeasMock(
  challenge: WallChallenge,
  ideas: WallIdea[],
  {
    orderBy = IdeaOrder.TOP,
    hasNextPage = false,
    after,
    first = IDEAS_PAGE_SIZE,
  }: { orderBy?: IdeaOrder; hasNextPage?: boolean; after?: string; first?: number } = {},
): Mock {
  return {
    request: {
      query: ChallengeIdeasQuery,
      variables: { id: challenge.id, first, orderBy, ...(after ? { after } : {}) },
    },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        challenge: {
          __typename: 'Challenge',
          id: challenge.id,
          viewerVotesLeft: challenge.viewerVotesLeft ?? null,
          ideas: {
            __typename: 'IdeaConnection',
            totalCount: ideas.length,
            edges: ideas.map((idea) => ({ __typename: 'IdeaEdge', cursor: `cursor-${idea.id}`, node: idea })),
            pageInfo: {
              __typename: 'PageInfo',
              endCursor: ideas.length ? `cursor-${ideas[ideas.length - 1].id}` : null,
              hasNextPage,
            },
          },
        },
      },
    })),
  };
}

/** Any challenge's ideas, none yet: for tests about something else on the challenge's page. */
export function anyChallengeIdeasMock(): MockLink.MockedResponse {
  return {
    request: { query: ChallengeIdeasQuery, variables: () => true },
    result: (variables: Record<string, unknown>) => ({
      data: {
        __typename: 'Query',
        challenge: {
          __typename: 'Challenge',
          id: variables['id'],
          viewerVotesLeft: null,
          ideas: {
            __typename: 'IdeaConnection',
            totalCount: 0,
            edges: [],
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A vote or an unvote, answered after a short while (so the optimistic state can be seen). */
export function voteMock(
  ideaId: string,
  vote: boolean,
  result: Answer<{
    voteCount: number | null;
    viewerHasVoted: boolean;
    challengeId: string;
    viewerVotesLeft: number | null;
  }>,
): Mock {
  const field = vote ? 'vote' : 'unvote';
  return {
    request: { query: vote ? VoteMutation : UnvoteMutation, variables: { ideaId } },
    result: jest.fn(() =>
      answer(result, ({ voteCount, viewerHasVoted, challengeId, viewerVotesLeft }) => ({
        __typename: 'Mutation',
        [field]: {
          __typename: 'Idea',
          id: ideaId,
          voteCount,
          viewerHasVoted,
          challenge: { __typename: 'Challenge', id: challengeId, viewerVotesLeft },
        },
      })),
    ),
    delay: 50,
  };
}

export function similarIdeasMock(
  challengeId: string,
  text: string,
  ideas: Array<Pick<WallIdea, 'id' | 'title' | 'voteCount' | 'commentCount'>>,
): Mock {
  return {
    request: { query: SimilarIdeasQuery, variables: { challengeId, text, first: 3 } },
    result: jest.fn(() => ({
      data: { __typename: 'Query', similarIdeas: ideas.map((idea) => ({ __typename: 'Idea', ...idea })) },
    })),
  };
}

/** Proposing an idea; the API answers with it and the challenge's new count of ideas. */
export function proposeIdeaMock(
  input: { challengeId: string; title: string; body: string },
  result: Answer<WallIdea>,
  { ideaCount = 1 }: { ideaCount?: number } = {},
): Mock {
  return {
    // Any client key (a fresh UUID each proposal): the rest as given.
    request: { query: ProposeIdeaMutation, variables: withAnyClientKey(input) },
    result: jest.fn(() =>
      answer(result, (idea: WallIdea) => ({
        __typename: 'Mutation',
        proposeIdea: {
          ...idea,
          challenge: { __typename: 'Challenge', id: input.challengeId, ideaCount },
        },
      })),
    ),
  };
}

export interface ThreadComment {
  __typename: 'Comment';
  id: string;
  body: string;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  viewerHasReported: boolean;
  createdAt: string;
  author: { __typename: 'User'; id: string; displayName: string };
  parent: { __typename: 'Comment'; id: string } | null;
}

export function threadComment(overrides: Partial<ThreadComment> = {}): ThreadComment {
  sequence += 1;
  return {
    __typename: 'Comment',
    id: `comment-${sequence}`,
    body: `Un commentaire n°${sequence}`,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    viewerHasReported: false,
    createdAt: '2026-03-03T10:00:00.000Z',
    author: { __typename: 'User', id: 'user-malo', displayName: 'Malo Jaouen' },
    parent: null,
    ...overrides,
  };
}

export function ideaPageMock(
  idea: WallIdea & {
    updatedAt?: string;
    mergedInto?: { __typename: 'Idea'; id: string; title: string } | null;
  },
  challenge: {
    id: string;
    title: string;
    status?: ChallengeStatus;
    viewerCanCurate?: boolean;
    viewerVotesLeft?: number | null;
    voteBudget?: number | null;
    session?: { __typename: 'BrainstormSession'; id: string; phase: BrainstormPhase; endsAt: string } | null;
  },
  comments: ThreadComment[],
): Mock {
  return {
    request: { query: IdeaPageQuery, variables: { id: idea.id, first: COMMENTS_PAGE_SIZE } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        idea: {
          ...idea,
          mergedInto: idea.mergedInto ?? null,
          updatedAt: idea.updatedAt ?? idea.createdAt,
          // What became of it: just proposed.
          timeline: [
            {
              __typename: 'IdeaTimelineEntry',
              kind: 'PROPOSED',
              at: idea.createdAt,
              outcome: null,
              mergedInto: null,
              event: null,
            },
          ],
          challenge: {
            __typename: 'Challenge',
            id: challenge.id,
            title: challenge.title,
            status: challenge.status ?? ChallengeStatus.OPEN,
            blindVoting: false,
            voteBudget: challenge.voteBudget ?? null,
            viewerVotesLeft: challenge.viewerVotesLeft ?? null,
            viewerCanCurate: challenge.viewerCanCurate ?? false,
            session: challenge.session ?? null,
          },
          comments: {
            __typename: 'CommentConnection',
            totalCount: comments.length,
            edges: comments.map((comment) => ({
              __typename: 'CommentEdge',
              cursor: `c-${comment.id}`,
              node: comment,
            })),
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    })),
  };
}

/** Adding a comment; the API answers with it and its idea's new count of comments. */
export function addCommentMock(
  input: { ideaId: string; body: string; parentId: string | null },
  result: Answer<ThreadComment>,
  { commentCount = 1 }: { commentCount?: number } = {},
): Mock {
  return {
    request: { query: AddCommentMutation, variables: withAnyClientKey(input) },
    result: jest.fn(() =>
      answer(result, (comment: ThreadComment) => ({
        __typename: 'Mutation',
        addComment: { ...comment, idea: { __typename: 'Idea', id: input.ideaId, commentCount } },
      })),
    ),
  };
}

export function deleteCommentMock(id: string, result: Answer<string>): Mock {
  return {
    request: { query: DeleteCommentMutation, variables: { id } },
    result: jest.fn(() =>
      answer(result, (deleted: string) => ({ __typename: 'Mutation', deleteComment: deleted })),
    ),
  };
}

/** Any challenge's ideas to select when closing it, none: for tests about something else. */
export function anySelectableIdeasMock(): MockLink.MockedResponse {
  const none = {
    __typename: 'IdeaConnection',
    totalCount: 0,
    edges: [],
  };
  return {
    request: { query: SelectableIdeasQuery, variables: () => true },
    result: (variables: Record<string, unknown>) => ({
      data: {
        __typename: 'Query',
        challenge: { __typename: 'Challenge', id: variables['id'], kept: none, proposed: none },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
