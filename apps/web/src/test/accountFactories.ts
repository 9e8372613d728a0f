import { ErrorCode, Role } from '@ouimake/domain';
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import type {
  AdminUsersQuery,
  AdminUsersQueryVariables,
  SetUserRoleMutation,
  SignInMutation,
  SignUpMutation,
  SignUpInput,
  UpdateProfileInput,
  UpdateProfileMutation,
} from '../gql/graphql';
import {
  ADMIN_USERS_PAGE_SIZE,
  AdminUsersQuery as AdminUsersDocument,
} from '../modules/accounts/graphql/AdminUsers.query';
import { MyProfileQuery as MyProfileDocument } from '../modules/accounts/graphql/MyProfile.query';
import { SetUserRoleMutation as SetUserRoleDocument } from '../modules/accounts/graphql/SetUserRole.mutation';
import { SignInMutation as SignInDocument } from '../modules/accounts/graphql/SignIn.mutation';
import { SignOutMutation as SignOutDocument } from '../modules/accounts/graphql/SignOut.mutation';
import { SignUpMutation as SignUpDocument } from '../modules/accounts/graphql/SignUp.mutation';
import { UpdateProfileMutation as UpdateProfileDocument } from '../modules/accounts/graphql/UpdateProfile.mutation';
import { UserProfileQuery as UserProfileDocument } from '../modules/accounts/graphql/UserProfile.query';
import {
  UserCommentsQuery as UserCommentsDocument,
  UserIdeasQuery as UserIdeasDocument,
} from '../modules/accounts/graphql/UserActivity.query';
import { ViewerQuery as ViewerDocument } from '../modules/accounts/graphql/Viewer.query';

let sequence = 0;

/** A person, with every field any account screen reads; every call gives a new id and email. */
export function account(overrides: Partial<AccountUser> = {}): AccountUser {
  sequence += 1;
  return {
    __typename: 'User',
    id: `user-${sequence}`,
    displayName: `Personne ${sequence}`,
    email: `personne${sequence}@exemple.fr`,
    city: 'Brest',
    bio: null,
    role: Role.MEMBER,
    createdAt: '2026-03-12T10:00:00.000Z',
    ...overrides,
  };
}

export interface AccountUser {
  __typename: 'User';
  id: string;
  displayName: string;
  email: string | null;
  city: string | null;
  bio: string | null;
  role: Role;
  createdAt: string;
  /** Whether their public profile lists their ideas and comments (off unless said). */
  showActivity?: boolean;
  /** The account was deleted. */
  formerMember?: boolean;
}

/** An error as the API formats it. */
export function apiError(code: ErrorCode, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message: `refused: ${code}`, extensions: { code, ...extra } };
}

export function viewerMock(user: AccountUser | null): MockLink.MockedResponse {
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        __typename: 'Query',
        me: user && {
          __typename: 'User',
          id: user.id,
          role: user.role,
          displayName: user.displayName,
          email: user.email,
        },
      },
    },
  };
}

export function myProfileMock(user: AccountUser): MockLink.MockedResponse {
  const { id, displayName, city, bio, email, role, createdAt } = user;
  return {
    request: { query: MyProfileDocument },
    result: {
      data: {
        __typename: 'Query',
        me: {
          __typename: 'User',
          id,
          displayName,
          city,
          bio,
          email,
          role,
          createdAt,
          showActivity: user.showActivity ?? false,
        },
      },
    },
  };
}

export function userProfileMock(id: string, user: AccountUser | null): MockLink.MockedResponse {
  return {
    request: { query: UserProfileDocument, variables: { id } },
    result: {
      data: {
        __typename: 'Query',
        user: user && {
          __typename: 'User',
          id: user.id,
          displayName: user.displayName,
          city: user.city,
          bio: user.bio,
          role: user.role,
          createdAt: user.createdAt,
          formerMember: user.formerMember ?? false,
        },
      },
    },
  };
}

type Outcome<T> = { data: T } | { errors: GraphQLFormattedError[] };

function authPayload(user: AccountUser, token: string) {
  return { __typename: 'AuthPayload' as const, token, user: { __typename: 'User' as const, id: user.id } };
}

export function signInMock(
  input: { email: string; password: string },
  outcome: { token: string; user: AccountUser } | GraphQLFormattedError,
): MockLink.MockedResponse<SignInMutation> & { result: jest.Mock } {
  const result: Outcome<SignInMutation> =
    'token' in outcome
      ? { data: { __typename: 'Mutation', signIn: authPayload(outcome.user, outcome.token) } }
      : { errors: [outcome] };
  return { request: { query: SignInDocument, variables: { input } }, result: jest.fn(() => result) };
}

export function signUpMock(
  input: SignUpInput,
  outcome: { token: string; user: AccountUser } | GraphQLFormattedError,
): MockLink.MockedResponse<SignUpMutation> & { result: jest.Mock } {
  const result: Outcome<SignUpMutation> =
    'token' in outcome
      ? { data: { __typename: 'Mutation', signUp: authPayload(outcome.user, outcome.token) } }
      : { errors: [outcome] };
  // Whatever the language the board sends (the language of the person's emails).
  const { language: _language, ...expected } = input;
  const matches = (variables: { input: SignUpInput }) => {
    const { language: _sent, ...sent } = variables.input;
    return JSON.stringify(Object.entries(sent).sort()) === JSON.stringify(Object.entries(expected).sort());
  };
  return { request: { query: SignUpDocument, variables: matches }, result: jest.fn(() => result) };
}

export function signOutMock(): MockLink.MockedResponse & { result: jest.Mock } {
  return {
    request: { query: SignOutDocument },
    result: jest.fn(() => ({ data: { __typename: 'Mutation', signOut: true } })),
  };
}

export function updateProfileMock(
  input: UpdateProfileInput,
  outcome: AccountUser | GraphQLFormattedError,
): MockLink.MockedResponse<UpdateProfileMutation> & { result: jest.Mock } {
  const result: Outcome<UpdateProfileMutation> =
    '__typename' in outcome
      ? { data: { __typename: 'Mutation', updateProfile: { ...outcome } } }
      : { errors: [outcome] };
  return { request: { query: UpdateProfileDocument, variables: { input } }, result: jest.fn(() => result) };
}

/** One page of the admins' list. */
export function usersPage(
  users: AccountUser[],
  { totalCount = users.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
): AdminUsersQuery {
  const edges = users.map((user) => ({
    __typename: 'UserEdge' as const,
    cursor: `cursor-${user.id}`,
    node: {
      __typename: 'User' as const,
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      city: user.city,
      role: user.role,
      createdAt: user.createdAt,
    },
  }));
  return {
    __typename: 'Query',
    users: {
      __typename: 'UserConnection',
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    },
  };
}

export function usersMock(
  outcome: AdminUsersQuery | GraphQLFormattedError,
  { query, after }: { query?: string; after?: string } = {},
): MockLink.MockedResponse<AdminUsersQuery> & { result: jest.Mock } {
  const variables: AdminUsersQueryVariables = { first: ADMIN_USERS_PAGE_SIZE };
  if (after) variables.after = after;
  if (query) variables.query = query;
  const result: Outcome<AdminUsersQuery> = 'users' in outcome ? { data: outcome } : { errors: [outcome] };
  return { request: { query: AdminUsersDocument, variables }, result: jest.fn(() => result) };
}

export function setUserRoleMock(
  userId: string,
  role: Role,
  outcome: 'ok' | GraphQLFormattedError,
  delay = 0,
): MockLink.MockedResponse<SetUserRoleMutation> & { result: jest.Mock } {
  const result: Outcome<SetUserRoleMutation> =
    outcome === 'ok'
      ? { data: { __typename: 'Mutation', setUserRole: { __typename: 'User', id: userId, role } } }
      : { errors: [outcome] };
  return {
    request: { query: SetUserRoleDocument, variables: { userId, role } },
    result: jest.fn(() => result),
    delay,
  };
}

/** One of a person's ideas as their public profile lists it. */
export interface ListedIdea {
  id: string;
  title: string;
  challenge: { id: string; title: string };
}

/** One of a person's comments as their public profile lists it. */
export interface ListedComment {
  id: string;
  body: string;
  deleted?: boolean;
  idea: { id: string; title: string };
}

interface ActivityPage {
  after?: string | null;
  /** The cursor of the page's last item, when more follow. */
  endCursor?: string;
  hasNextPage?: boolean;
  totalCount?: number;
}

const ACTIVITY_PAGE = 10;

function activityVariables(id: string, page: ActivityPage) {
  return page.after ? { id, first: ACTIVITY_PAGE, after: page.after } : { id, first: ACTIVITY_PAGE };
}

function pageInfo<T extends { id: string }>(items: T[], page: ActivityPage) {
  return {
    __typename: 'PageInfo' as const,
    endCursor: page.endCursor ?? (items.length > 0 ? `cursor-${items[items.length - 1].id}` : null),
    hasNextPage: page.hasNextPage ?? false,
  };
}

/** A person's ideas on their public profile; `null`: they did not allow it. */
export function userIdeasMock(
  id: string,
  ideas: ListedIdea[] | null,
  page: ActivityPage = {},
): MockLink.MockedResponse {
  return {
    request: { query: UserIdeasDocument, variables: activityVariables(id, page) },
    result: {
      data: {
        __typename: 'Query',
        user: {
          __typename: 'User',
          id,
          ideas: ideas && {
            __typename: 'IdeaConnection',
            totalCount: page.totalCount ?? ideas.length,
            edges: ideas.map((idea) => ({
              __typename: 'IdeaEdge',
              cursor: `cursor-${idea.id}`,
              node: {
                __typename: 'Idea',
                id: idea.id,
                title: idea.title,
                createdAt: '2026-03-12T10:00:00.000Z',
                challenge: { __typename: 'Challenge', ...idea.challenge },
              },
            })),
            pageInfo: pageInfo(ideas, page),
          },
        },
      },
    },
  };
}

/** A person's comments on their public profile; `null`: they did not allow it. */
export function userCommentsMock(
  id: string,
  comments: ListedComment[] | null,
  page: ActivityPage = {},
): MockLink.MockedResponse {
  return {
    request: { query: UserCommentsDocument, variables: activityVariables(id, page) },
    result: {
      data: {
        __typename: 'Query',
        user: {
          __typename: 'User',
          id,
          comments: comments && {
            __typename: 'CommentConnection',
            totalCount: page.totalCount ?? comments.length,
            edges: comments.map((comment) => ({
              __typename: 'CommentEdge',
              cursor: `cursor-${comment.id}`,
              node: {
                __typename: 'Comment',
                id: comment.id,
                body: comment.body,
                deleted: comment.deleted ?? false,
                createdAt: '2026-03-12T10:00:00.000Z',
                idea: { __typename: 'Idea', ...comment.idea },
              },
            })),
            pageInfo: pageInfo(comments, page),
          },
        },
      },
    },
  };
}
