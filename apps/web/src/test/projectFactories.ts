import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import type { ChallengeCard_ChallengeFragment, CreateProjectInput } from '../gql/graphql';
import { AddProjectHolderMutation } from '../modules/projects/graphql/AddProjectHolder.mutation';
import { EditProjectQuery } from '../modules/projects/graphql/EditProject.query';
import { MyProjectsQuery } from '../modules/projects/graphql/MyProjects.query';
import {
  PROJECT_CHALLENGES_PAGE_SIZE,
  ProjectPageQuery,
} from '../modules/projects/graphql/ProjectPage.query';
import { CreateProjectMutation } from '../modules/projects/graphql/SaveProject.mutation';

export interface ViewProject {
  __typename: 'Project';
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string | null;
  city: string | null;
  website: string | null;
  viewerIsHolder: boolean;
  holders: Array<{ __typename: 'User'; id: string; displayName: string }>;
}

/** A project as its page shows it. */
export function viewProject(overrides: Partial<ViewProject> = {}): ViewProject {
  return {
    __typename: 'Project',
    id: 'project-coop',
    slug: 'cooperative-des-createurs',
    name: 'La Coopérative des Créateurs',
    summary: 'Une boutique coopérative de créateurs.',
    description: 'Nous cherchons à **garder l’esprit collectif**.',
    city: 'Brest',
    website: 'https://cooperative.example/',
    viewerIsHolder: false,
    holders: [{ __typename: 'User', id: 'user-maelle', displayName: 'Maëlle Le Gall' }],
    ...overrides,
  };
}

type Mock = MockLink.MockedResponse & { result: jest.Mock };

export function projectPageMock(
  slug: string,
  project: ViewProject | null,
  challenges: ChallengeCard_ChallengeFragment[] = [],
): Mock {
  const edges = challenges.map((challenge) => ({
    __typename: 'ChallengeEdge' as const,
    cursor: `cursor-${challenge.id}`,
    node: challenge,
  }));
  return {
    request: { query: ProjectPageQuery, variables: { slug, first: PROJECT_CHALLENGES_PAGE_SIZE } },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        project: project && {
          ...project,
          challenges: {
            __typename: 'ChallengeConnection',
            edges,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: edges.at(-1)?.cursor ?? null },
            totalCount: edges.length,
          },
        },
      },
    })),
  };
}

export function addHolderMock(
  projectId: string,
  userId: string,
  answer: ViewProject['holders'] | GraphQLFormattedError,
): Mock {
  return {
    request: { query: AddProjectHolderMutation, variables: { projectId, userId } },
    result: jest.fn(() =>
      Array.isArray(answer)
        ? {
            data: {
              __typename: 'Mutation',
              addProjectHolder: { __typename: 'Project', id: projectId, holders: answer },
            },
          }
        : { errors: [answer] },
    ),
  };
}

export function editProjectMock(slug: string, project: ViewProject | null): Mock {
  return {
    request: { query: EditProjectQuery, variables: { slug } },
    result: jest.fn(() => ({ data: { __typename: 'Query', project } })),
  };
}

export function myProjectsMock(userId: string, projects: ViewProject[]): Mock {
  return {
    request: { query: MyProjectsQuery },
    result: jest.fn(() => ({
      data: {
        __typename: 'Query',
        me: {
          __typename: 'User',
          id: userId,
          projects: projects.map(({ id, slug, name, summary, city }) => ({
            __typename: 'Project',
            id,
            slug,
            name,
            summary,
            city,
          })),
        },
      },
    })),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function createProjectMock(
  input: CreateProjectInput,
  answer: ViewProject | GraphQLFormattedError,
): Mock {
  return {
    request: { query: CreateProjectMutation, variables: { input } },
    result: jest.fn(() =>
      '__typename' in answer
        ? { data: { __typename: 'Mutation', createProject: answer } }
        : { errors: [answer] },
    ),
  };
}
