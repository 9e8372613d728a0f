/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n": typeof types.AdminUserRow_UserFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n": typeof types.ProfileForm_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n  }\n": typeof types.UserProfile_UserFragmentDoc,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String) {\n    challenges(first: $first, after: $after, orderBy: NEWEST) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": typeof types.ChallengeCard_ChallengeFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n": types.AdminUserRow_UserFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n": types.ProfileForm_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n  }\n": types.UserProfile_UserFragmentDoc,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n": types.UserProfileDocument,
    "\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n": types.ViewerDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String) {\n    challenges(first: $first, after: $after, orderBy: NEWEST) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": types.ChallengeCard_ChallengeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeBoard($first: Int!, $after: String) {\n    challenges(first: $first, after: $after, orderBy: NEWEST) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChallengeBoard($first: Int!, $after: String) {\n    challenges(first: $first, after: $after, orderBy: NEWEST) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;