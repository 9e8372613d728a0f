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
    "\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StartBrainstormDocument,
    "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...SessionBanner_challenge\n    }\n  }\n": typeof types.StopBrainstormDocument,
    "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...SessionBanner_challenge\n    }\n  }\n": typeof types.ProjectorPageDocument,
    "\n  fragment SessionBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SessionBanner_ChallengeFragmentDoc,
    "\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n": typeof types.BoardFiltersDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": typeof types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n": typeof types.ChallengeForm_ChallengeFragmentDoc,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!, $outcome: String) {\n    closeChallenge(id: $id, outcome: $outcome) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.CloseChallengeDocument,
    "\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.ReopenChallengeDocument,
    "\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.ChallengePageDocument,
    "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n": typeof types.ChallengeView_ChallengeFragmentDoc,
    "\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n": typeof types.EditChallengeDocument,
    "\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n": typeof types.FollowButton_ChallengeFragmentDoc,
    "\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowChallengeDocument,
    "\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": typeof types.UnfollowChallengeDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n": typeof types.ThemeChoicesDocument,
    "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ChallengeIdeasDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n": typeof types.CommentThread_CommentFragmentDoc,
    "\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n": typeof types.WithdrawIdeaDocument,
    "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_idea\n  }\n": typeof types.IdeaCard_IdeaFragmentDoc,
    "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.IdeaPageDocument,
    "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n  }\n": typeof types.IdeaView_IdeaFragmentDoc,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": typeof types.UnvoteDocument,
    "\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n": typeof types.VoteButton_IdeaFragmentDoc,
    "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      presentCount\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n": typeof types.ChallengeActivityDocument,
    "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n": typeof types.LiveActivity_IdeaFragmentDoc,
    "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n": typeof types.LiveActivity_CommentFragmentDoc,
    "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n": typeof types.LiveActivity_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n": typeof types.LiveActivityCount_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n": typeof types.LiveActivityCount_IdeaFragmentDoc,
    "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n": typeof types.PresenceIndicator_ChallengeFragmentDoc,
    "\n  mutation AddProjectHolder($projectId: ID!, $userId: ID!) {\n    addProjectHolder(projectId: $projectId, userId: $userId) {\n      id\n      holders {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddProjectHolderDocument,
    "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n      ...ProjectForm_project\n    }\n  }\n": typeof types.EditProjectDocument,
    "\n  query MyProjects {\n    me {\n      id\n      projects {\n        id\n        slug\n        name\n        summary\n        city\n      }\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  fragment ProjectForm_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n  }\n": typeof types.ProjectForm_ProjectFragmentDoc,
    "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      ...ProjectView_project\n      challenges(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ChallengeCard_challenge\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  fragment ProjectView_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n    viewerIsHolder\n    holders {\n      id\n      displayName\n    }\n  }\n": typeof types.ProjectView_ProjectFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n      ...ProjectView_project\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      slug\n      ...ProjectView_project\n      ...ProjectForm_project\n    }\n  }\n": typeof types.UpdateProjectDocument,
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
    "\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.StartBrainstormDocument,
    "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...SessionBanner_challenge\n    }\n  }\n": types.StopBrainstormDocument,
    "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...SessionBanner_challenge\n    }\n  }\n": types.ProjectorPageDocument,
    "\n  fragment SessionBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.SessionBanner_ChallengeFragmentDoc,
    "\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n": types.BoardFiltersDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n": types.ChallengeForm_ChallengeFragmentDoc,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!, $outcome: String) {\n    closeChallenge(id: $id, outcome: $outcome) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.CloseChallengeDocument,
    "\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.ReopenChallengeDocument,
    "\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.ChallengePageDocument,
    "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n": types.ChallengeView_ChallengeFragmentDoc,
    "\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n": types.EditChallengeDocument,
    "\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n": types.FollowButton_ChallengeFragmentDoc,
    "\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": types.FollowChallengeDocument,
    "\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": types.UnfollowChallengeDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n": types.ThemeChoicesDocument,
    "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ChallengeIdeasDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n": types.CommentThread_CommentFragmentDoc,
    "\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n": types.WithdrawIdeaDocument,
    "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_idea\n  }\n": types.IdeaCard_IdeaFragmentDoc,
    "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.IdeaPageDocument,
    "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n  }\n": types.IdeaView_IdeaFragmentDoc,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": types.VoteDocument,
    "\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": types.UnvoteDocument,
    "\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n": types.VoteButton_IdeaFragmentDoc,
    "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      presentCount\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n": types.ChallengeActivityDocument,
    "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n": types.LiveActivity_IdeaFragmentDoc,
    "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n": types.LiveActivity_CommentFragmentDoc,
    "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n": types.LiveActivity_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n": types.LiveActivityCount_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n": types.LiveActivityCount_IdeaFragmentDoc,
    "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n": types.PresenceIndicator_ChallengeFragmentDoc,
    "\n  mutation AddProjectHolder($projectId: ID!, $userId: ID!) {\n    addProjectHolder(projectId: $projectId, userId: $userId) {\n      id\n      holders {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddProjectHolderDocument,
    "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n      ...ProjectForm_project\n    }\n  }\n": types.EditProjectDocument,
    "\n  query MyProjects {\n    me {\n      id\n      projects {\n        id\n        slug\n        name\n        summary\n        city\n      }\n    }\n  }\n": types.MyProjectsDocument,
    "\n  fragment ProjectForm_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n  }\n": types.ProjectForm_ProjectFragmentDoc,
    "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      ...ProjectView_project\n      challenges(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ChallengeCard_challenge\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.ProjectPageDocument,
    "\n  fragment ProjectView_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n    viewerIsHolder\n    holders {\n      id\n      displayName\n    }\n  }\n": types.ProjectView_ProjectFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n      ...ProjectView_project\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      slug\n      ...ProjectView_project\n      ...ProjectForm_project\n    }\n  }\n": types.UpdateProjectDocument,
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
export function graphql(source: "\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...SessionBanner_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...SessionBanner_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...SessionBanner_challenge\n    }\n  }\n"): (typeof documents)["\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...SessionBanner_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n"): (typeof documents)["\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChallenge($id: ID!, $outcome: String) {\n    closeChallenge(id: $id, outcome: $outcome) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChallenge($id: ID!, $outcome: String) {\n    closeChallenge(id: $id, outcome: $outcome) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"): (typeof documents)["\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n"): (typeof documents)["\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n"): (typeof documents)["\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n"): (typeof documents)["\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n"): (typeof documents)["\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_idea\n  }\n"): (typeof documents)["\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_idea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n  }\n"): (typeof documents)["\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n"): (typeof documents)["\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      presentCount\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      presentCount\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n"): (typeof documents)["\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n"): (typeof documents)["\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...SessionBanner_challenge\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n"): (typeof documents)["\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n"): (typeof documents)["\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n"): (typeof documents)["\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectHolder($projectId: ID!, $userId: ID!) {\n    addProjectHolder(projectId: $projectId, userId: $userId) {\n      id\n      holders {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddProjectHolder($projectId: ID!, $userId: ID!) {\n    addProjectHolder(projectId: $projectId, userId: $userId) {\n      id\n      holders {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n      ...ProjectForm_project\n    }\n  }\n"): (typeof documents)["\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n      ...ProjectForm_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects {\n    me {\n      id\n      projects {\n        id\n        slug\n        name\n        summary\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProjects {\n    me {\n      id\n      projects {\n        id\n        slug\n        name\n        summary\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectForm_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n  }\n"): (typeof documents)["\n  fragment ProjectForm_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      ...ProjectView_project\n      challenges(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ChallengeCard_challenge\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      ...ProjectView_project\n      challenges(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ChallengeCard_challenge\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectView_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n    viewerIsHolder\n    holders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectView_project on Project {\n    id\n    slug\n    name\n    summary\n    description\n    city\n    website\n    viewerIsHolder\n    holders {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n      ...ProjectView_project\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n      ...ProjectView_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      slug\n      ...ProjectView_project\n      ...ProjectForm_project\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      slug\n      ...ProjectView_project\n      ...ProjectForm_project\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;