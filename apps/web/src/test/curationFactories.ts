import type { MockLink } from '@apollo/client/testing';
import { ChallengeStatus, IdeaStatus, ReportStatus } from '@ouimake/domain';
import type { GraphQLFormattedError } from 'graphql';
import { SELECTABLE_IDEAS, SelectableIdeasQuery } from '../modules/challenges/graphql/SelectableIdeas.query';
import {
  ATTENTION_SCAN,
  AttentionChallengesQuery,
} from '../modules/curation/graphql/AttentionChallenges.query';
import { AUDIT_PAGE_SIZE, AuditLogQuery } from '../modules/curation/graphql/AuditLog.query';
import {
  HideCommentMutation,
  UnhideCommentMutation,
} from '../modules/curation/graphql/CommentCuration.mutation';
import {
  HideIdeaMutation,
  MergeIdeasMutation,
  SetIdeaStatusMutation,
  UnhideIdeaMutation,
} from '../modules/curation/graphql/IdeaCuration.mutation';
import { MERGE_CANDIDATES, MergeCandidatesQuery } from '../modules/curation/graphql/MergeCandidates.query';
import {
  ReportCommentMutation,
  ReportIdeaMutation,
  ResolveReportMutation,
} from '../modules/curation/graphql/Report.mutation';
import { REPORTS_PAGE_SIZE, ReportQueueQuery } from '../modules/curation/graphql/ReportQueue.query';
import { AddResourceMutation, RemoveResourceMutation } from '../modules/curation/graphql/Resource.mutation';
import { SHORTLIST_SIZE, ShortlistQuery } from '../modules/curation/graphql/Shortlist.query';
import type { WallIdea } from './ideaFactories';

type Mock = MockLink.MockedResponse & { result: jest.Mock };
type Answer<T> = T | GraphQLFormattedError;

const isError = (value: unknown): value is GraphQLFormattedError =>
  Boolean(value) && typeof value === 'object' && 'extensions' in (value as object);

function answer<T>(value: Answer<T>, wrap: (value: T) => unknown) {
  return isError(value) ? { errors: [value] } : { data: wrap(value) };
}

function mutation(
  query: MockLink.MockedResponse['request']['query'],
  variables: object,
  result: () => unknown,
) {
  return { request: { query, variables }, result: jest.fn(result), delay: 10 } as Mock;
}

let sequence = 0;

export function setIdeaStatusMock(id: string, status: IdeaStatus, result: Answer<'ok'> = 'ok'): Mock {
  return mutation(SetIdeaStatusMutation, { id, status }, () =>
    answer(result, () => ({
      __typename: 'Mutation',
      setIdeaStatus: { __typename: 'Idea', id, status, updatedAt: '2026-03-05T10:00:00.000Z' },
    })),
  );
}

/** Merging: the API answers with the target, its votes now, and the challenge's counts. */
export function mergeIdeasMock(
  sourceId: string,
  target: Answer<{
    id: string;
    title: string;
    voteCount: number | null;
    challengeId: string;
    ideaCount: number;
  }>,
): Mock {
  const targetId = isError(target) ? 'unknown' : target.id;
  return {
    ...mutation(MergeIdeasMutation, { sourceId, targetId }, () =>
      answer(target, ({ id, title, voteCount, challengeId, ideaCount }) => ({
        __typename: 'Mutation',
        mergeIdeas: {
          __typename: 'Idea',
          id,
          title,
          status: IdeaStatus.PROPOSED,
          voteCount,
          viewerHasVoted: false,
          challenge: { __typename: 'Challenge', id: challengeId, ideaCount, viewerVotesLeft: null },
        },
      })),
    ),
  };
}

/** A refused merge, for the target named. */
export function refusedMergeMock(sourceId: string, targetId: string, error: GraphQLFormattedError): Mock {
  return mutation(MergeIdeasMutation, { sourceId, targetId }, () => ({ errors: [error] }));
}

/** The ideas the merge dialog searches among; `similar` are suggested first. */
export function mergeCandidatesMock(
  challengeId: string,
  ideaId: string,
  ideas: WallIdea[],
  similar: string[] = [],
  totalCount = ideas.length,
): Mock {
  return {
    request: { query: MergeCandidatesQuery, variables: { challengeId, ideaId, first: MERGE_CANDIDATES } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        idea: {
          __typename: 'Idea',
          id: ideaId,
          similar: similar.map((id) => ({ __typename: 'Idea', id })),
        },
        challenge: {
          __typename: 'Challenge',
          id: challengeId,
          ideas: {
            __typename: 'IdeaConnection',
            totalCount,
            edges: ideas.map(({ id, title, status, hidden, voteCount, commentCount, author }) => ({
              __typename: 'IdeaEdge',
              node: { __typename: 'Idea', id, title, status, hidden, voteCount, commentCount, author },
            })),
          },
        },
      },
    })),
  };
}

export function hideIdeaMock(
  id: string,
  reason: string,
  result: Answer<{ challengeId: string; ideaCount: number }>,
): Mock {
  return mutation(HideIdeaMutation, { id, reason }, () =>
    answer(result, ({ challengeId, ideaCount }) => ({
      __typename: 'Mutation',
      hideIdea: {
        __typename: 'Idea',
        id,
        hidden: true,
        hiddenReason: reason,
        challenge: { __typename: 'Challenge', id: challengeId, ideaCount },
      },
    })),
  );
}

export function unhideIdeaMock(id: string, challengeId: string, ideaCount: number): Mock {
  return mutation(UnhideIdeaMutation, { id }, () => ({
    data: {
      __typename: 'Mutation',
      unhideIdea: {
        __typename: 'Idea',
        id,
        hidden: false,
        hiddenReason: null,
        challenge: { __typename: 'Challenge', id: challengeId, ideaCount },
      },
    },
  }));
}

export function hideCommentMock(id: string, reason: string, ideaId: string, commentCount: number): Mock {
  return mutation(HideCommentMutation, { id, reason }, () => ({
    data: {
      __typename: 'Mutation',
      hideComment: {
        __typename: 'Comment',
        id,
        hidden: true,
        hiddenReason: reason,
        idea: { __typename: 'Idea', id: ideaId, commentCount },
      },
    },
  }));
}

export function unhideCommentMock(id: string, ideaId: string, commentCount: number): Mock {
  return mutation(UnhideCommentMutation, { id }, () => ({
    data: {
      __typename: 'Mutation',
      unhideComment: {
        __typename: 'Comment',
        id,
        hidden: false,
        hiddenReason: null,
        idea: { __typename: 'Idea', id: ideaId, commentCount },
      },
    },
  }));
}

export function reportIdeaMock(id: string, reason: string, result: Answer<'ok'> = 'ok'): Mock {
  return mutation(ReportIdeaMutation, { id, reason }, () =>
    answer(result, () => ({
      __typename: 'Mutation',
      reportIdea: {
        __typename: 'Report',
        id: `report-${id}`,
        status: ReportStatus.OPEN,
        idea: { __typename: 'Idea', id, viewerHasReported: true },
      },
    })),
  );
}

export function reportCommentMock(id: string, reason: string, result: Answer<'ok'> = 'ok'): Mock {
  return mutation(ReportCommentMutation, { id, reason }, () =>
    answer(result, () => ({
      __typename: 'Mutation',
      reportComment: {
        __typename: 'Report',
        id: `report-${id}`,
        status: ReportStatus.OPEN,
        comment: { __typename: 'Comment', id, viewerHasReported: true },
      },
    })),
  );
}

export function addResourceMock(
  challengeId: string,
  title: string,
  url: string,
  result: Answer<{ id: string }>,
): Mock {
  return mutation(AddResourceMutation, { challengeId, title, url }, () =>
    answer(result, ({ id }) => ({
      __typename: 'Mutation',
      addResource: { __typename: 'Resource', id, title, url },
    })),
  );
}

export function removeResourceMock(id: string): Mock {
  return mutation(RemoveResourceMutation, { id }, () => ({
    data: { __typename: 'Mutation', removeResource: id },
  }));
}

export interface ShortlistChallenge {
  id: string;
  title: string;
  status?: ChallengeStatus;
  blindVoting?: boolean;
  viewerCanCurate?: boolean;
}

export function shortlistMock(
  challenge: ShortlistChallenge | null,
  ideas: WallIdea[] = [],
  id?: string,
): Mock {
  return {
    request: { query: ShortlistQuery, variables: { id: id ?? challenge?.id, first: SHORTLIST_SIZE } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        challenge: challenge && {
          __typename: 'Challenge',
          id: challenge.id,
          title: challenge.title,
          joinCode: 'K7Q4XM',
          status: challenge.status ?? ChallengeStatus.OPEN,
          blindVoting: challenge.blindVoting ?? false,
          viewerCanCurate: challenge.viewerCanCurate ?? false,
          ideas: {
            __typename: 'IdeaConnection',
            totalCount: ideas.length,
            edges: ideas.map(({ id: ideaId, title, body, status, hidden, voteCount, author }) => ({
              __typename: 'IdeaEdge',
              node: { __typename: 'Idea', id: ideaId, title, body, status, hidden, voteCount, author },
            })),
          },
        },
      },
    })),
  };
}

/** The close dialog's ideas: the shortlisted and selected ones, then the others. */
export function selectableIdeasMock(challengeId: string, kept: WallIdea[], proposed: WallIdea[]): Mock {
  const connection = (ideas: WallIdea[]) => ({
    __typename: 'IdeaConnection',
    totalCount: ideas.length,
    edges: ideas.map(({ id, title, status, hidden, voteCount }) => ({
      __typename: 'IdeaEdge',
      node: { __typename: 'Idea', id, title, status, hidden, voteCount },
    })),
  });
  return {
    request: { query: SelectableIdeasQuery, variables: { id: challengeId, first: SELECTABLE_IDEAS } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        challenge: {
          __typename: 'Challenge',
          id: challengeId,
          kept: connection(kept),
          proposed: connection(proposed),
        },
      },
    })),
  };
}

export interface QueueReport {
  __typename: 'Report';
  id: string;
  reason: string;
  status: ReportStatus;
  createdAt: string;
  reporter: { __typename: 'User'; id: string; displayName: string };
  idea: null | {
    __typename: 'Idea';
    id: string;
    title: string;
    body: string;
    hidden: boolean;
    hiddenReason: string | null;
    author: { __typename: 'User'; id: string; displayName: string };
    challenge: { __typename: 'Challenge'; id: string; title: string };
  };
  comment: null | {
    __typename: 'Comment';
    id: string;
    body: string;
    hidden: boolean;
    hiddenReason: string | null;
    author: { __typename: 'User'; id: string; displayName: string };
    idea: {
      __typename: 'Idea';
      id: string;
      title: string;
      challenge: { __typename: 'Challenge'; id: string; title: string };
    };
  };
}

const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
export const REPORTED_CHALLENGE = {
  __typename: 'Challenge' as const,
  id: 'challenge-reported',
  title: 'Comment accueillir les nouveaux bénévoles ?',
};

/** A report of an idea (by default) or, with `comment`, of a comment. */
export function queueReport(
  overrides: Partial<QueueReport> & { reporterName?: string; comment?: QueueReport['comment'] } = {},
): QueueReport {
  sequence += 1;
  const { reporterName = 'Léna Cariou', ...rest } = overrides;
  return {
    __typename: 'Report',
    id: `report-${sequence}`,
    reason: 'De la publicité.',
    status: ReportStatus.OPEN,
    createdAt: '2026-03-04T09:30:00.000Z',
    reporter: user(`user-reporter-${sequence}`, reporterName),
    idea:
      'comment' in overrides && overrides.comment
        ? null
        : {
            __typename: 'Idea',
            id: `idea-reported-${sequence}`,
            title: `Achetez mes montres n°${sequence}`,
            body: 'À **-80 %**.',
            hidden: false,
            hiddenReason: null,
            author: user('user-malo', 'Malo Jaouen'),
            challenge: REPORTED_CHALLENGE,
          },
    comment: null,
    ...rest,
  };
}

export function reportQueueMock(
  reports: QueueReport[],
  { totalCount = reports.length, delay = 0 } = {},
): Mock {
  return {
    delay,
    request: { query: ReportQueueQuery, variables: { first: REPORTS_PAGE_SIZE } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        reports: {
          __typename: 'ReportConnection',
          totalCount,
          edges: reports.map((report) => ({
            __typename: 'ReportEdge',
            cursor: `c-${report.id}`,
            node: report,
          })),
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    })),
  };
}

export function resolveReportMock(id: string, hide: boolean, result: Answer<QueueReport>): Mock {
  return mutation(ResolveReportMutation, { id, hide }, () =>
    answer(result, (report) => ({
      __typename: 'Mutation',
      resolveReport: {
        __typename: 'Report',
        id,
        status: hide ? ReportStatus.ACTIONED : ReportStatus.DISMISSED,
        resolvedAt: '2026-03-05T10:00:00.000Z',
        idea: report.idea && {
          __typename: 'Idea',
          id: report.idea.id,
          hidden: hide || report.idea.hidden,
          hiddenReason: hide ? report.reason : report.idea.hiddenReason,
        },
        comment: report.comment && {
          __typename: 'Comment',
          id: report.comment.id,
          hidden: hide || report.comment.hidden,
          hiddenReason: hide ? report.reason : report.comment.hiddenReason,
        },
      },
    })),
  );
}

export interface ScanChallenge {
  id: string;
  title: string;
  ideaCount: number;
  closesAt?: string | null;
  shortlisted?: number;
}

export function attentionMock(mostIdeas: ScanChallenge[], closingSoon: ScanChallenge[] = []): Mock {
  const edges = (challenges: ScanChallenge[]) =>
    challenges.map((challenge) => ({
      __typename: 'ChallengeEdge',
      node: {
        __typename: 'Challenge',
        id: challenge.id,
        title: challenge.title,
        status: ChallengeStatus.OPEN,
        ideaCount: challenge.ideaCount,
        closesAt: challenge.closesAt ?? null,
        project: { __typename: 'Project', id: 'project-coop', name: 'La Coopérative des Créateurs' },
        shortlist: { __typename: 'IdeaConnection', totalCount: challenge.shortlisted ?? 0 },
      },
    }));
  return {
    request: { query: AttentionChallengesQuery, variables: { first: ATTENTION_SCAN } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        mostIdeas: { __typename: 'ChallengeConnection', edges: edges(mostIdeas) },
        closingSoon: { __typename: 'ChallengeConnection', edges: edges(closingSoon) },
      },
    })),
  };
}

export function auditLogMock(
  entries: Array<{
    action: string;
    targetType: string;
    targetId: string;
    detail: string | null;
    actor: string;
  }>,
): Mock {
  return {
    request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        auditLog: {
          __typename: 'AuditEntryConnection',
          totalCount: entries.length,
          edges: entries.map((entry, index) => ({
            __typename: 'AuditEntryEdge',
            cursor: `a-${index}`,
            node: {
              __typename: 'AuditEntry',
              id: `audit-${index}`,
              action: entry.action,
              at: '2026-03-05T10:00:00.000Z',
              detail: entry.detail,
              targetId: entry.targetId,
              targetType: entry.targetType,
              actor: user(`user-${entry.actor}`, entry.actor),
            },
          })),
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    })),
  };
}
