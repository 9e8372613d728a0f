import type { MockLink } from '@apollo/client/testing';
import type { BrainstormPhase } from '@ouimake/domain';
import type { GraphQLFormattedError } from 'graphql';
import {
  StartBrainstormMutation,
  StopBrainstormMutation,
} from '../modules/brainstorm/graphql/Brainstorm.mutation';
import { ProjectorPageQuery } from '../modules/brainstorm/graphql/ProjectorPage.query';
import type { PageChallenge, PageRound } from './challengeFactories';

type Mock = MockLink.MockedResponse & { result: jest.Mock };

const isError = (value: unknown): value is GraphQLFormattedError =>
  Boolean(value) && typeof value === 'object' && 'extensions' in (value as object);

/** A curator starts a round; the API answers with it (or refuses). */
export function startRoundMock(
  challengeId: string,
  phase: BrainstormPhase,
  minutes: number,
  answer: PageRound | GraphQLFormattedError,
): Mock {
  return {
    request: { query: StartBrainstormMutation, variables: { challengeId, phase, minutes } },
    result: jest.fn(() =>
      isError(answer) ? { errors: [answer] } : { data: { __typename: 'Mutation', startBrainstorm: answer } },
    ),
  };
}

/** A curator stops the round; the API answers with the challenge, without a round. */
export function stopRoundMock(challenge: PageChallenge): Mock {
  return {
    request: { query: StopBrainstormMutation, variables: { challengeId: challenge.id } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Mutation',
        stopBrainstorm: {
          __typename: 'Challenge',
          id: challenge.id,
          status: challenge.status,
          viewerCanCurate: challenge.viewerCanCurate,
          session: null,
        },
      },
    })),
  };
}

/** The projector's challenge. */
export function projectorPageMock(id: string, challenge: PageChallenge | null): Mock {
  return {
    request: { query: ProjectorPageQuery, variables: { id } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        challenge: challenge && {
          __typename: 'Challenge',
          id: challenge.id,
          joinCode: 'K7Q4XM',
          title: challenge.title,
          status: challenge.status,
          blindVoting: challenge.blindVoting,
          ideaCount: challenge.ideaCount,
          presentCount: challenge.presentCount,
          viewerCanCurate: challenge.viewerCanCurate,
          session: challenge.session,
        },
      },
    })),
  };
}
