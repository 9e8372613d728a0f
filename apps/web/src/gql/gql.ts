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
    "\n  fragment ActivitySwitch_user on User {\n    id\n    showActivity\n  }\n": typeof types.ActivitySwitch_UserFragmentDoc,
    "\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n": typeof types.AdminUserRow_UserFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n      ...ActivitySwitch_user\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n": typeof types.ProfileForm_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation UpdateShowActivity($showActivity: Boolean!) {\n    updateProfile(input: { showActivity: $showActivity }) {\n      id\n      showActivity\n      ...ActivitySwitch_user\n    }\n  }\n": typeof types.UpdateShowActivityDocument,
    "\n  query UserIdeas($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      ideas(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            createdAt\n            challenge {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserIdeasDocument,
    "\n  query UserComments($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserCommentsDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n    formerMember\n  }\n": typeof types.UserProfile_UserFragmentDoc,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StartBrainstormDocument,
    "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...RoundBanner_challenge\n    }\n  }\n": typeof types.StopBrainstormDocument,
    "\n  query JoinByCode($code: String!) {\n    challengeByJoinCode(code: $code) {\n      id\n      joinCode\n    }\n  }\n": typeof types.JoinByCodeDocument,
    "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      joinCode\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...RoundBanner_challenge\n    }\n  }\n": typeof types.ProjectorPageDocument,
    "\n  fragment RoundBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RoundBanner_ChallengeFragmentDoc,
    "\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n": typeof types.BoardFiltersDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": typeof types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n": typeof types.ChallengeForm_ChallengeFragmentDoc,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!, $outcome: String, $selectedIdeaIds: [ID!]) {\n    closeChallenge(id: $id, outcome: $outcome, selectedIdeaIds: $selectedIdeaIds) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.CloseChallengeDocument,
    "\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.ReopenChallengeDocument,
    "\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": typeof types.ChallengePageDocument,
    "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n": typeof types.ChallengeView_ChallengeFragmentDoc,
    "\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n": typeof types.EditChallengeDocument,
    "\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n": typeof types.FollowButton_ChallengeFragmentDoc,
    "\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowChallengeDocument,
    "\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": typeof types.UnfollowChallengeDocument,
    "\n  query FollowState($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowStateDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  query SelectableIdeas($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      kept: ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n      proposed: ideas(first: $first, orderBy: TOP, status: [PROPOSED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n    }\n  }\n": typeof types.SelectableIdeasDocument,
    "\n  fragment SelectableIdea_idea on Idea {\n    id\n    title\n    status\n    hidden\n    voteCount\n  }\n": typeof types.SelectableIdea_IdeaFragmentDoc,
    "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n": typeof types.ThemeChoicesDocument,
    "\n  fragment AttentionChallenge_challenge on Challenge {\n    id\n    title\n    status\n    ideaCount\n    closesAt\n    project {\n      id\n      name\n    }\n    shortlist: ideas(first: 1, status: [SHORTLISTED, SELECTED]) {\n      totalCount\n    }\n  }\n": typeof types.AttentionChallenge_ChallengeFragmentDoc,
    "\n  query AttentionChallenges($first: Int!) {\n    mostIdeas: challenges(first: $first, orderBy: MOST_IDEAS, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n    closingSoon: challenges(first: $first, orderBy: CLOSING_SOON, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n  }\n": typeof types.AttentionChallengesDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          at\n          detail\n          targetId\n          targetType\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ChallengeResources_challenge on Challenge {\n    id\n    viewerCanCurate\n    resources {\n      id\n      title\n      url\n    }\n  }\n": typeof types.ChallengeResources_ChallengeFragmentDoc,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!) {\n    setIdeaStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SetIdeaStatusDocument,
    "\n  mutation MergeIdeas($sourceId: ID!, $targetId: ID!) {\n    mergeIdeas(sourceId: $sourceId, targetId: $targetId) {\n      id\n      title\n      status\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        ideaCount\n        viewerVotesLeft\n      }\n    }\n  }\n": typeof types.MergeIdeasDocument,
    "\n  fragment MergedIdea_idea on Idea {\n    id\n    status\n    voteCount\n    mergedInto {\n      id\n      title\n    }\n  }\n": typeof types.MergedIdea_IdeaFragmentDoc,
    "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": typeof types.HideIdeaDocument,
    "\n  mutation UnhideIdea($id: ID!) {\n    unhideIdea(id: $id) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": typeof types.UnhideIdeaDocument,
    "\n  query MergeCandidates($challengeId: ID!, $ideaId: ID!, $first: Int!) {\n    idea(id: $ideaId) {\n      id\n      similar(first: 5) {\n        id\n      }\n    }\n    challenge(id: $challengeId) {\n      id\n      ideas(first: $first, orderBy: TOP) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            status\n            hidden\n            voteCount\n            commentCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MergeCandidatesDocument,
    "\n  query MergeSearch($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: 10) {\n      id\n      title\n      status\n      hidden\n      voteCount\n      commentCount\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MergeSearchDocument,
    "\n  mutation ReportIdea($id: ID!, $reason: String!) {\n    reportIdea(id: $id, reason: $reason) {\n      id\n      status\n      idea {\n        id\n        viewerHasReported\n      }\n    }\n  }\n": typeof types.ReportIdeaDocument,
    "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n      status\n      comment {\n        id\n        viewerHasReported\n      }\n    }\n  }\n": typeof types.ReportCommentDocument,
    "\n  mutation ResolveReport($id: ID!, $hide: Boolean!) {\n    resolveReport(id: $id, hide: $hide) {\n      id\n      status\n      resolvedAt\n      idea {\n        id\n        hidden\n        hiddenReason\n      }\n      comment {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  fragment ReportQueueItem_report on Report {\n    id\n    reason\n    status\n    createdAt\n    reporter {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      challenge {\n        id\n        title\n      }\n    }\n    comment {\n      id\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      idea {\n        id\n        title\n        challenge {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ReportQueueItem_ReportFragmentDoc,
    "\n  query ReportQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, status: [OPEN]) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ReportQueueItem_report\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ReportQueueDocument,
    "\n  mutation AddResource($challengeId: ID!, $title: String!, $url: String!) {\n    addResource(challengeId: $challengeId, title: $title, url: $url) {\n      id\n      title\n      url\n    }\n  }\n": typeof types.AddResourceDocument,
    "\n  mutation RemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n": typeof types.RemoveResourceDocument,
    "\n  query Shortlist($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      title\n      joinCode\n      status\n      blindVoting\n      viewerCanCurate\n      ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            body\n            status\n            hidden\n            voteCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShortlistDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $venueId: ID!) {\n    registerForEvent(eventId: $eventId, venueId: $venueId) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation AddVenue($eventId: ID!, $input: VenueInput!) {\n    addVenue(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: VenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation RemoveVenue($id: ID!) {\n    removeVenue(id: $id)\n  }\n": typeof types.RemoveVenueDocument,
    "\n  mutation SetEventAgenda($id: ID!, $items: [AgendaItemInput!]!) {\n    setEventAgenda(id: $id, items: $items) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.SetEventAgendaDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation CompleteEvent($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {\n    completeEvent(id: $id, report: $report, outcomes: $outcomes) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.CompleteEventDocument,
    "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  fragment EventView_event on Event {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    icsUrl\n    viewerCanOrganize\n    organizers {\n      id\n      displayName\n    }\n    venues {\n      id\n      name\n      city\n      address\n      onlineUrl\n      capacity\n      placesLeft\n      registeredCount\n      waitlistCount\n      checkedInCount\n      hosts {\n        id\n        displayName\n      }\n    }\n    agenda {\n      position\n      title\n      note\n      startsAt\n      project {\n        id\n        slug\n        name\n      }\n      challenge {\n        id\n        title\n      }\n      ideas {\n        id\n        title\n      }\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n      venue {\n        id\n        city\n        name\n      }\n    }\n  }\n": typeof types.EventView_EventFragmentDoc,
    "\n  query ChallengeEvents($id: ID!) {\n    challenge(id: $id) {\n      id\n      events {\n        id\n        title\n        startsAt\n        timezone\n        status\n        venues {\n          id\n          city\n        }\n      }\n    }\n  }\n": typeof types.ChallengeEventsDocument,
    "\n  query EventRegistrations($id: ID!, $venueId: ID, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      registrations(venueId: $venueId, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            waitlistPosition\n            checkedInAt\n            createdAt\n            user {\n              id\n              displayName\n            }\n            venue {\n              id\n              city\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventRegistrationsDocument,
    "\n  query AgendaChoices {\n    projects(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AgendaChoicesDocument,
    "\n  query AgendaIdeas($id: ID!) {\n    challenge(id: $id) {\n      id\n      shortlisted: ideas(first: 30, orderBy: TOP, status: [SHORTLISTED, SELECTED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      proposed: ideas(first: 30, orderBy: TOP, status: [PROPOSED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgendaIdeasDocument,
    "\n  query VenuePresence($id: ID!) {\n    challenge(id: $id) {\n      id\n      presentCount\n      presenceByVenue {\n        count\n        venue {\n          id\n          city\n        }\n      }\n    }\n  }\n": typeof types.VenuePresenceDocument,
    "\n  query Events($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          startsAt\n          ...EventCard_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.EventsDocument,
    "\n  fragment EventCard_event on Event {\n    id\n    title\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    venues {\n      id\n      city\n      name\n      capacity\n      placesLeft\n      waitlistCount\n    }\n  }\n": typeof types.EventCard_EventFragmentDoc,
    "\n  query EventCities {\n    events(first: 100) {\n      edges {\n        node {\n          id\n          venues {\n            id\n            city\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventCitiesDocument,
    "\n  query LegalNotice {\n    legalNotice {\n      publisher\n      host\n      contact\n      publicUrl\n      sessionDays\n      openDataLicence\n      openDataLicenceUrl\n    }\n  }\n": typeof types.LegalNoticeDocument,
    "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ChallengeIdeasDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n        # Commenting follows the challenge: its button says so at once.\n        challenge {\n          id\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    hidden\n    hiddenReason\n    viewerHasReported\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n": typeof types.CommentThread_CommentFragmentDoc,
    "\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n": typeof types.WithdrawIdeaDocument,
    "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    authorVenue {\n      id\n      city\n    }\n    ...VoteButton_idea\n  }\n": typeof types.IdeaCard_IdeaFragmentDoc,
    "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.IdeaPageDocument,
    "\n  fragment IdeaTimeline_idea on Idea {\n    id\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": typeof types.IdeaTimeline_IdeaFragmentDoc,
    "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    mergedInto {\n      id\n      title\n    }\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      viewerCanCurate\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n    ...IdeaTimeline_idea\n  }\n": typeof types.IdeaView_IdeaFragmentDoc,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n        # Proposing follows the challenge: its button says so at once.\n        viewerIsFollowing\n      }\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n        viewerIsFollowing\n      }\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": typeof types.UnvoteDocument,
    "\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n": typeof types.VoteButton_IdeaFragmentDoc,
    "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      ideaId\n      commentId\n      presentCount\n      catchUp\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n": typeof types.ChallengeActivityDocument,
    "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    mergedInto {\n      id\n      title\n    }\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n": typeof types.LiveActivity_IdeaFragmentDoc,
    "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n": typeof types.LiveActivity_CommentFragmentDoc,
    "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n": typeof types.LiveActivity_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n": typeof types.LiveActivityCount_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n": typeof types.LiveActivityCount_IdeaFragmentDoc,
    "\n  fragment LiveActivityStatus_idea on Idea {\n    id\n    status\n    hidden\n  }\n": typeof types.LiveActivityStatus_IdeaFragmentDoc,
    "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n": typeof types.PresenceIndicator_ChallengeFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!, $language: String) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  query EmailVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.EmailVerifiedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MuteChallenge($id: ID!, $muted: Boolean!) {\n    muteChallenge(id: $id, muted: $muted)\n  }\n": typeof types.MuteChallengeDocument,
    "\n  query ChallengeMute($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n      viewerHasMuted\n    }\n  }\n": typeof types.ChallengeMuteDocument,
    "\n  query MyIdeas($first: Int, $after: String) {\n    myIdeas(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MyContribution_idea\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyIdeasDocument,
    "\n  fragment MyContribution_idea on Idea {\n    id\n    title\n    status\n    hidden\n    createdAt\n    challenge {\n      id\n      title\n    }\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyContribution_IdeaFragmentDoc,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    count\n    readAt\n    createdAt\n    updatedAt\n    actor {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n    }\n    idea {\n      id\n      title\n      status\n    }\n    targetIdea {\n      id\n      title\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  query NotificationSettings {\n    me {\n      id\n      email\n      emailVerified\n      language\n      timezone\n    }\n    notificationPreferences {\n      topic\n      channel\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channel: NotificationChannel!) {\n    setNotificationPreference(topic: $topic, channel: $channel) {\n      topic\n      channel\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation UpdateEmailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n      timezone\n    }\n  }\n": typeof types.UpdateEmailSettingsDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
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
    "\n  fragment ActivitySwitch_user on User {\n    id\n    showActivity\n  }\n": types.ActivitySwitch_UserFragmentDoc,
    "\n  fragment AdminUserRow_user on User {\n    id\n    displayName\n    email\n    city\n    role\n    createdAt\n  }\n": types.AdminUserRow_UserFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $query: String) {\n    users(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          id\n          ...AdminUserRow_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n      ...ActivitySwitch_user\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment ProfileForm_user on User {\n    id\n    displayName\n    city\n    bio\n    email\n    role\n    createdAt\n  }\n": types.ProfileForm_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n      ...UserMenu_user\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation UpdateShowActivity($showActivity: Boolean!) {\n    updateProfile(input: { showActivity: $showActivity }) {\n      id\n      showActivity\n      ...ActivitySwitch_user\n    }\n  }\n": types.UpdateShowActivityDocument,
    "\n  query UserIdeas($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      ideas(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            createdAt\n            challenge {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserIdeasDocument,
    "\n  query UserComments($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserCommentsDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n    formerMember\n  }\n": types.UserProfile_UserFragmentDoc,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      id\n      ...UserProfile_user\n    }\n  }\n": types.UserProfileDocument,
    "\n  query Viewer {\n    me {\n      id\n      role\n      ...UserMenu_user\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation StartBrainstorm($challengeId: ID!, $phase: BrainstormPhase!, $minutes: Int!) {\n    startBrainstorm(challengeId: $challengeId, phase: $phase, minutes: $minutes) {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.StartBrainstormDocument,
    "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...RoundBanner_challenge\n    }\n  }\n": types.StopBrainstormDocument,
    "\n  query JoinByCode($code: String!) {\n    challengeByJoinCode(code: $code) {\n      id\n      joinCode\n    }\n  }\n": types.JoinByCodeDocument,
    "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      joinCode\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...RoundBanner_challenge\n    }\n  }\n": types.ProjectorPageDocument,
    "\n  fragment RoundBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.RoundBanner_ChallengeFragmentDoc,
    "\n  query BoardFilters {\n    themes {\n      slug\n      label\n      challengeCount\n    }\n    cities {\n      city\n      challengeCount\n    }\n  }\n": types.BoardFiltersDocument,
    "\n  query ChallengeBoard($first: Int!, $after: String, $filter: ChallengeFilter, $orderBy: ChallengeOrder) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          ...ChallengeCard_challenge\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChallengeBoardDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    title\n    status\n    city\n    closesAt\n    ideaCount\n    project {\n      id\n      name\n      city\n    }\n    themes {\n      slug\n      label\n    }\n  }\n": types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment ChallengeForm_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    themes {\n      slug\n    }\n  }\n": types.ChallengeForm_ChallengeFragmentDoc,
    "\n  mutation PublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.PublishChallengeDocument,
    "\n  mutation CloseChallenge($id: ID!, $outcome: String, $selectedIdeaIds: [ID!]) {\n    closeChallenge(id: $id, outcome: $outcome, selectedIdeaIds: $selectedIdeaIds) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.CloseChallengeDocument,
    "\n  mutation ReopenChallenge($id: ID!) {\n    reopenChallenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.ReopenChallengeDocument,
    "\n  query ChallengePage($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n": types.ChallengePageDocument,
    "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n": types.ChallengeView_ChallengeFragmentDoc,
    "\n  query EditChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        slug\n        name\n        city\n        viewerIsHolder\n      }\n      ...ChallengeForm_challenge\n    }\n  }\n": types.EditChallengeDocument,
    "\n  fragment FollowButton_challenge on Challenge {\n    id\n    viewerIsFollowing\n  }\n": types.FollowButton_ChallengeFragmentDoc,
    "\n  mutation FollowChallenge($id: ID!) {\n    followChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": types.FollowChallengeDocument,
    "\n  mutation UnfollowChallenge($id: ID!) {\n    unfollowChallenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": types.UnfollowChallengeDocument,
    "\n  query FollowState($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n": types.FollowStateDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n      project {\n        id\n      }\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      ...ChallengeView_challenge\n      ...ChallengeForm_challenge\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  query SelectableIdeas($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      kept: ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n      proposed: ideas(first: $first, orderBy: TOP, status: [PROPOSED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n    }\n  }\n": types.SelectableIdeasDocument,
    "\n  fragment SelectableIdea_idea on Idea {\n    id\n    title\n    status\n    hidden\n    voteCount\n  }\n": types.SelectableIdea_IdeaFragmentDoc,
    "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n": types.ThemeChoicesDocument,
    "\n  fragment AttentionChallenge_challenge on Challenge {\n    id\n    title\n    status\n    ideaCount\n    closesAt\n    project {\n      id\n      name\n    }\n    shortlist: ideas(first: 1, status: [SHORTLISTED, SELECTED]) {\n      totalCount\n    }\n  }\n": types.AttentionChallenge_ChallengeFragmentDoc,
    "\n  query AttentionChallenges($first: Int!) {\n    mostIdeas: challenges(first: $first, orderBy: MOST_IDEAS, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n    closingSoon: challenges(first: $first, orderBy: CLOSING_SOON, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n  }\n": types.AttentionChallengesDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          at\n          detail\n          targetId\n          targetType\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ChallengeResources_challenge on Challenge {\n    id\n    viewerCanCurate\n    resources {\n      id\n      title\n      url\n    }\n  }\n": types.ChallengeResources_ChallengeFragmentDoc,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!) {\n    setIdeaStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SetIdeaStatusDocument,
    "\n  mutation MergeIdeas($sourceId: ID!, $targetId: ID!) {\n    mergeIdeas(sourceId: $sourceId, targetId: $targetId) {\n      id\n      title\n      status\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        ideaCount\n        viewerVotesLeft\n      }\n    }\n  }\n": types.MergeIdeasDocument,
    "\n  fragment MergedIdea_idea on Idea {\n    id\n    status\n    voteCount\n    mergedInto {\n      id\n      title\n    }\n  }\n": types.MergedIdea_IdeaFragmentDoc,
    "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": types.HideIdeaDocument,
    "\n  mutation UnhideIdea($id: ID!) {\n    unhideIdea(id: $id) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n": types.UnhideIdeaDocument,
    "\n  query MergeCandidates($challengeId: ID!, $ideaId: ID!, $first: Int!) {\n    idea(id: $ideaId) {\n      id\n      similar(first: 5) {\n        id\n      }\n    }\n    challenge(id: $challengeId) {\n      id\n      ideas(first: $first, orderBy: TOP) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            status\n            hidden\n            voteCount\n            commentCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MergeCandidatesDocument,
    "\n  query MergeSearch($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: 10) {\n      id\n      title\n      status\n      hidden\n      voteCount\n      commentCount\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.MergeSearchDocument,
    "\n  mutation ReportIdea($id: ID!, $reason: String!) {\n    reportIdea(id: $id, reason: $reason) {\n      id\n      status\n      idea {\n        id\n        viewerHasReported\n      }\n    }\n  }\n": types.ReportIdeaDocument,
    "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n      status\n      comment {\n        id\n        viewerHasReported\n      }\n    }\n  }\n": types.ReportCommentDocument,
    "\n  mutation ResolveReport($id: ID!, $hide: Boolean!) {\n    resolveReport(id: $id, hide: $hide) {\n      id\n      status\n      resolvedAt\n      idea {\n        id\n        hidden\n        hiddenReason\n      }\n      comment {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n": types.ResolveReportDocument,
    "\n  fragment ReportQueueItem_report on Report {\n    id\n    reason\n    status\n    createdAt\n    reporter {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      challenge {\n        id\n        title\n      }\n    }\n    comment {\n      id\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      idea {\n        id\n        title\n        challenge {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ReportQueueItem_ReportFragmentDoc,
    "\n  query ReportQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, status: [OPEN]) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ReportQueueItem_report\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ReportQueueDocument,
    "\n  mutation AddResource($challengeId: ID!, $title: String!, $url: String!) {\n    addResource(challengeId: $challengeId, title: $title, url: $url) {\n      id\n      title\n      url\n    }\n  }\n": types.AddResourceDocument,
    "\n  mutation RemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n": types.RemoveResourceDocument,
    "\n  query Shortlist($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      title\n      joinCode\n      status\n      blindVoting\n      viewerCanCurate\n      ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            body\n            status\n            hidden\n            voteCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ShortlistDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $venueId: ID!) {\n    registerForEvent(eventId: $eventId, venueId: $venueId) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation AddVenue($eventId: ID!, $input: VenueInput!) {\n    addVenue(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.AddVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: VenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation RemoveVenue($id: ID!) {\n    removeVenue(id: $id)\n  }\n": types.RemoveVenueDocument,
    "\n  mutation SetEventAgenda($id: ID!, $items: [AgendaItemInput!]!) {\n    setEventAgenda(id: $id, items: $items) {\n      id\n      ...EventView_event\n    }\n  }\n": types.SetEventAgendaDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      ...EventView_event\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation CompleteEvent($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {\n    completeEvent(id: $id, report: $report, outcomes: $outcomes) {\n      id\n      ...EventView_event\n    }\n  }\n": types.CompleteEventDocument,
    "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n": types.CheckInDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n": types.EventPageDocument,
    "\n  fragment EventView_event on Event {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    icsUrl\n    viewerCanOrganize\n    organizers {\n      id\n      displayName\n    }\n    venues {\n      id\n      name\n      city\n      address\n      onlineUrl\n      capacity\n      placesLeft\n      registeredCount\n      waitlistCount\n      checkedInCount\n      hosts {\n        id\n        displayName\n      }\n    }\n    agenda {\n      position\n      title\n      note\n      startsAt\n      project {\n        id\n        slug\n        name\n      }\n      challenge {\n        id\n        title\n      }\n      ideas {\n        id\n        title\n      }\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n      venue {\n        id\n        city\n        name\n      }\n    }\n  }\n": types.EventView_EventFragmentDoc,
    "\n  query ChallengeEvents($id: ID!) {\n    challenge(id: $id) {\n      id\n      events {\n        id\n        title\n        startsAt\n        timezone\n        status\n        venues {\n          id\n          city\n        }\n      }\n    }\n  }\n": types.ChallengeEventsDocument,
    "\n  query EventRegistrations($id: ID!, $venueId: ID, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      registrations(venueId: $venueId, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            waitlistPosition\n            checkedInAt\n            createdAt\n            user {\n              id\n              displayName\n            }\n            venue {\n              id\n              city\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EventRegistrationsDocument,
    "\n  query AgendaChoices {\n    projects(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AgendaChoicesDocument,
    "\n  query AgendaIdeas($id: ID!) {\n    challenge(id: $id) {\n      id\n      shortlisted: ideas(first: 30, orderBy: TOP, status: [SHORTLISTED, SELECTED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      proposed: ideas(first: 30, orderBy: TOP, status: [PROPOSED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.AgendaIdeasDocument,
    "\n  query VenuePresence($id: ID!) {\n    challenge(id: $id) {\n      id\n      presentCount\n      presenceByVenue {\n        count\n        venue {\n          id\n          city\n        }\n      }\n    }\n  }\n": types.VenuePresenceDocument,
    "\n  query Events($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          startsAt\n          ...EventCard_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.EventsDocument,
    "\n  fragment EventCard_event on Event {\n    id\n    title\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    venues {\n      id\n      city\n      name\n      capacity\n      placesLeft\n      waitlistCount\n    }\n  }\n": types.EventCard_EventFragmentDoc,
    "\n  query EventCities {\n    events(first: 100) {\n      edges {\n        node {\n          id\n          venues {\n            id\n            city\n          }\n        }\n      }\n    }\n  }\n": types.EventCitiesDocument,
    "\n  query LegalNotice {\n    legalNotice {\n      publisher\n      host\n      contact\n      publicUrl\n      sessionDays\n      openDataLicence\n      openDataLicenceUrl\n    }\n  }\n": types.LegalNoticeDocument,
    "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ChallengeIdeasDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n        # Commenting follows the challenge: its button says so at once.\n        challenge {\n          id\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    hidden\n    hiddenReason\n    viewerHasReported\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n": types.CommentThread_CommentFragmentDoc,
    "\n  mutation UpdateIdea($id: ID!, $input: UpdateIdeaInput!) {\n    updateIdea(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id)\n  }\n": types.WithdrawIdeaDocument,
    "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    authorVenue {\n      id\n      city\n    }\n    ...VoteButton_idea\n  }\n": types.IdeaCard_IdeaFragmentDoc,
    "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.IdeaPageDocument,
    "\n  fragment IdeaTimeline_idea on Idea {\n    id\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": types.IdeaTimeline_IdeaFragmentDoc,
    "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    mergedInto {\n      id\n      title\n    }\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      viewerCanCurate\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n    ...IdeaTimeline_idea\n  }\n": types.IdeaView_IdeaFragmentDoc,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n        # Proposing follows the challenge: its button says so at once.\n        viewerIsFollowing\n      }\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n        viewerIsFollowing\n      }\n    }\n  }\n": types.VoteDocument,
    "\n  mutation Unvote($ideaId: ID!) {\n    unvote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n      }\n    }\n  }\n": types.UnvoteDocument,
    "\n  fragment VoteButton_idea on Idea {\n    id\n    title\n    voteCount\n    viewerHasVoted\n  }\n": types.VoteButton_IdeaFragmentDoc,
    "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      ideaId\n      commentId\n      presentCount\n      catchUp\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n": types.ChallengeActivityDocument,
    "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    mergedInto {\n      id\n      title\n    }\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n": types.LiveActivity_IdeaFragmentDoc,
    "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n": types.LiveActivity_CommentFragmentDoc,
    "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n": types.LiveActivity_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_challenge on Challenge {\n    id\n    ideaCount\n  }\n": types.LiveActivityCount_ChallengeFragmentDoc,
    "\n  fragment LiveActivityCount_idea on Idea {\n    id\n    commentCount\n  }\n": types.LiveActivityCount_IdeaFragmentDoc,
    "\n  fragment LiveActivityStatus_idea on Idea {\n    id\n    status\n    hidden\n  }\n": types.LiveActivityStatus_IdeaFragmentDoc,
    "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n": types.PresenceIndicator_ChallengeFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!, $language: String) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  query EmailVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.EmailVerifiedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MuteChallenge($id: ID!, $muted: Boolean!) {\n    muteChallenge(id: $id, muted: $muted)\n  }\n": types.MuteChallengeDocument,
    "\n  query ChallengeMute($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n      viewerHasMuted\n    }\n  }\n": types.ChallengeMuteDocument,
    "\n  query MyIdeas($first: Int, $after: String) {\n    myIdeas(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MyContribution_idea\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyIdeasDocument,
    "\n  fragment MyContribution_idea on Idea {\n    id\n    title\n    status\n    hidden\n    createdAt\n    challenge {\n      id\n      title\n    }\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n": types.MyContribution_IdeaFragmentDoc,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    count\n    readAt\n    createdAt\n    updatedAt\n    actor {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n    }\n    idea {\n      id\n      title\n      status\n    }\n    targetIdea {\n      id\n      title\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  query NotificationSettings {\n    me {\n      id\n      email\n      emailVerified\n      language\n      timezone\n    }\n    notificationPreferences {\n      topic\n      channel\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channel: NotificationChannel!) {\n    setNotificationPreference(topic: $topic, channel: $channel) {\n      topic\n      channel\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation UpdateEmailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n      timezone\n    }\n  }\n": types.UpdateEmailSettingsDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
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
export function graphql(source: "\n  fragment ActivitySwitch_user on User {\n    id\n    showActivity\n  }\n"): (typeof documents)["\n  fragment ActivitySwitch_user on User {\n    id\n    showActivity\n  }\n"];
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
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n      ...ActivitySwitch_user\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      ...ProfileForm_user\n      ...ActivitySwitch_user\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateShowActivity($showActivity: Boolean!) {\n    updateProfile(input: { showActivity: $showActivity }) {\n      id\n      showActivity\n      ...ActivitySwitch_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateShowActivity($showActivity: Boolean!) {\n    updateProfile(input: { showActivity: $showActivity }) {\n      id\n      showActivity\n      ...ActivitySwitch_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserIdeas($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      ideas(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            createdAt\n            challenge {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserIdeas($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      ideas(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            createdAt\n            challenge {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserComments($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserComments($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    displayName\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n    formerMember\n  }\n"): (typeof documents)["\n  fragment UserProfile_user on User {\n    id\n    displayName\n    city\n    bio\n    role\n    createdAt\n    formerMember\n  }\n"];
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
export function graphql(source: "\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...RoundBanner_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation StopBrainstorm($challengeId: ID!) {\n    stopBrainstorm(challengeId: $challengeId) {\n      id\n      ...RoundBanner_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinByCode($code: String!) {\n    challengeByJoinCode(code: $code) {\n      id\n      joinCode\n    }\n  }\n"): (typeof documents)["\n  query JoinByCode($code: String!) {\n    challengeByJoinCode(code: $code) {\n      id\n      joinCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      joinCode\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...RoundBanner_challenge\n    }\n  }\n"): (typeof documents)["\n  query ProjectorPage($id: ID!) {\n    challenge(id: $id) {\n      id\n      joinCode\n      title\n      status\n      blindVoting\n      ideaCount\n      ...PresenceIndicator_challenge\n      ...RoundBanner_challenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoundBanner_challenge on Challenge {\n    id\n    status\n    viewerCanCurate\n    session {\n      id\n      phase\n      startedAt\n      endsAt\n      startedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CloseChallenge($id: ID!, $outcome: String, $selectedIdeaIds: [ID!]) {\n    closeChallenge(id: $id, outcome: $outcome, selectedIdeaIds: $selectedIdeaIds) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChallenge($id: ID!, $outcome: String, $selectedIdeaIds: [ID!]) {\n    closeChallenge(id: $id, outcome: $outcome, selectedIdeaIds: $selectedIdeaIds) {\n      id\n      ...ChallengeView_challenge\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n"): (typeof documents)["\n  fragment ChallengeView_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    viewerCanCurate\n    createdAt\n    updatedAt\n    project {\n      id\n      slug\n      name\n      city\n      viewerIsHolder\n    }\n    author {\n      id\n      displayName\n    }\n    themes {\n      slug\n      label\n    }\n    ...FollowButton_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n"];
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
export function graphql(source: "\n  query FollowState($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  query FollowState($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n    }\n  }\n"];
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
export function graphql(source: "\n  query SelectableIdeas($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      kept: ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n      proposed: ideas(first: $first, orderBy: TOP, status: [PROPOSED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelectableIdeas($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      kept: ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n      proposed: ideas(first: $first, orderBy: TOP, status: [PROPOSED]) {\n        totalCount\n        edges {\n          node {\n            ...SelectableIdea_idea\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelectableIdea_idea on Idea {\n    id\n    title\n    status\n    hidden\n    voteCount\n  }\n"): (typeof documents)["\n  fragment SelectableIdea_idea on Idea {\n    id\n    title\n    status\n    hidden\n    voteCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query ThemeChoices {\n    themes {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttentionChallenge_challenge on Challenge {\n    id\n    title\n    status\n    ideaCount\n    closesAt\n    project {\n      id\n      name\n    }\n    shortlist: ideas(first: 1, status: [SHORTLISTED, SELECTED]) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment AttentionChallenge_challenge on Challenge {\n    id\n    title\n    status\n    ideaCount\n    closesAt\n    project {\n      id\n      name\n    }\n    shortlist: ideas(first: 1, status: [SHORTLISTED, SELECTED]) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttentionChallenges($first: Int!) {\n    mostIdeas: challenges(first: $first, orderBy: MOST_IDEAS, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n    closingSoon: challenges(first: $first, orderBy: CLOSING_SOON, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttentionChallenges($first: Int!) {\n    mostIdeas: challenges(first: $first, orderBy: MOST_IDEAS, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n    closingSoon: challenges(first: $first, orderBy: CLOSING_SOON, filter: { status: [OPEN] }) {\n      edges {\n        node {\n          id\n          ...AttentionChallenge_challenge\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          at\n          detail\n          targetId\n          targetType\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          at\n          detail\n          targetId\n          targetType\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeResources_challenge on Challenge {\n    id\n    viewerCanCurate\n    resources {\n      id\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeResources_challenge on Challenge {\n    id\n    viewerCanCurate\n    resources {\n      id\n      title\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n      hiddenReason\n      idea {\n        id\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!) {\n    setIdeaStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!) {\n    setIdeaStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIdeas($sourceId: ID!, $targetId: ID!) {\n    mergeIdeas(sourceId: $sourceId, targetId: $targetId) {\n      id\n      title\n      status\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        ideaCount\n        viewerVotesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeIdeas($sourceId: ID!, $targetId: ID!) {\n    mergeIdeas(sourceId: $sourceId, targetId: $targetId) {\n      id\n      title\n      status\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        ideaCount\n        viewerVotesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MergedIdea_idea on Idea {\n    id\n    status\n    voteCount\n    mergedInto {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment MergedIdea_idea on Idea {\n    id\n    status\n    voteCount\n    mergedInto {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideIdea($id: ID!) {\n    unhideIdea(id: $id) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideIdea($id: ID!) {\n    unhideIdea(id: $id) {\n      id\n      hidden\n      hiddenReason\n      challenge {\n        id\n        ideaCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidates($challengeId: ID!, $ideaId: ID!, $first: Int!) {\n    idea(id: $ideaId) {\n      id\n      similar(first: 5) {\n        id\n      }\n    }\n    challenge(id: $challengeId) {\n      id\n      ideas(first: $first, orderBy: TOP) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            status\n            hidden\n            voteCount\n            commentCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeCandidates($challengeId: ID!, $ideaId: ID!, $first: Int!) {\n    idea(id: $ideaId) {\n      id\n      similar(first: 5) {\n        id\n      }\n    }\n    challenge(id: $challengeId) {\n      id\n      ideas(first: $first, orderBy: TOP) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            status\n            hidden\n            voteCount\n            commentCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSearch($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: 10) {\n      id\n      title\n      status\n      hidden\n      voteCount\n      commentCount\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSearch($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: 10) {\n      id\n      title\n      status\n      hidden\n      voteCount\n      commentCount\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIdea($id: ID!, $reason: String!) {\n    reportIdea(id: $id, reason: $reason) {\n      id\n      status\n      idea {\n        id\n        viewerHasReported\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIdea($id: ID!, $reason: String!) {\n    reportIdea(id: $id, reason: $reason) {\n      id\n      status\n      idea {\n        id\n        viewerHasReported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n      status\n      comment {\n        id\n        viewerHasReported\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n      status\n      comment {\n        id\n        viewerHasReported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $hide: Boolean!) {\n    resolveReport(id: $id, hide: $hide) {\n      id\n      status\n      resolvedAt\n      idea {\n        id\n        hidden\n        hiddenReason\n      }\n      comment {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $hide: Boolean!) {\n    resolveReport(id: $id, hide: $hide) {\n      id\n      status\n      resolvedAt\n      idea {\n        id\n        hidden\n        hiddenReason\n      }\n      comment {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportQueueItem_report on Report {\n    id\n    reason\n    status\n    createdAt\n    reporter {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      challenge {\n        id\n        title\n      }\n    }\n    comment {\n      id\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      idea {\n        id\n        title\n        challenge {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportQueueItem_report on Report {\n    id\n    reason\n    status\n    createdAt\n    reporter {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      challenge {\n        id\n        title\n      }\n    }\n    comment {\n      id\n      body\n      hidden\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      idea {\n        id\n        title\n        challenge {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, status: [OPEN]) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ReportQueueItem_report\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, status: [OPEN]) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ReportQueueItem_report\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddResource($challengeId: ID!, $title: String!, $url: String!) {\n    addResource(challengeId: $challengeId, title: $title, url: $url) {\n      id\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation AddResource($challengeId: ID!, $title: String!, $url: String!) {\n    addResource(challengeId: $challengeId, title: $title, url: $url) {\n      id\n      title\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shortlist($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      title\n      joinCode\n      status\n      blindVoting\n      viewerCanCurate\n      ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            body\n            status\n            hidden\n            voteCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shortlist($id: ID!, $first: Int!) {\n    challenge(id: $id) {\n      id\n      title\n      joinCode\n      status\n      blindVoting\n      viewerCanCurate\n      ideas(first: $first, orderBy: TOP, status: [SELECTED, SHORTLISTED]) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            body\n            status\n            hidden\n            voteCount\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!, $venueId: ID!) {\n    registerForEvent(eventId: $eventId, venueId: $venueId) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!, $venueId: ID!) {\n    registerForEvent(eventId: $eventId, venueId: $venueId) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n      event {\n        id\n        ...EventView_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVenue($eventId: ID!, $input: VenueInput!) {\n    addVenue(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddVenue($eventId: ID!, $input: VenueInput!) {\n    addVenue(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $input: VenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($id: ID!, $input: VenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVenue($id: ID!) {\n    removeVenue(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveVenue($id: ID!) {\n    removeVenue(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventAgenda($id: ID!, $items: [AgendaItemInput!]!) {\n    setEventAgenda(id: $id, items: $items) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventAgenda($id: ID!, $items: [AgendaItemInput!]!) {\n    setEventAgenda(id: $id, items: $items) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteEvent($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {\n    completeEvent(id: $id, report: $report, outcomes: $outcomes) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteEvent($id: ID!, $report: String!, $outcomes: [ChallengeOutcomeInput!]) {\n    completeEvent(id: $id, report: $report, outcomes: $outcomes) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventView_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventView_event on Event {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    icsUrl\n    viewerCanOrganize\n    organizers {\n      id\n      displayName\n    }\n    venues {\n      id\n      name\n      city\n      address\n      onlineUrl\n      capacity\n      placesLeft\n      registeredCount\n      waitlistCount\n      checkedInCount\n      hosts {\n        id\n        displayName\n      }\n    }\n    agenda {\n      position\n      title\n      note\n      startsAt\n      project {\n        id\n        slug\n        name\n      }\n      challenge {\n        id\n        title\n      }\n      ideas {\n        id\n        title\n      }\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n      venue {\n        id\n        city\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventView_event on Event {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    icsUrl\n    viewerCanOrganize\n    organizers {\n      id\n      displayName\n    }\n    venues {\n      id\n      name\n      city\n      address\n      onlineUrl\n      capacity\n      placesLeft\n      registeredCount\n      waitlistCount\n      checkedInCount\n      hosts {\n        id\n        displayName\n      }\n    }\n    agenda {\n      position\n      title\n      note\n      startsAt\n      project {\n        id\n        slug\n        name\n      }\n      challenge {\n        id\n        title\n      }\n      ideas {\n        id\n        title\n      }\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n      venue {\n        id\n        city\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeEvents($id: ID!) {\n    challenge(id: $id) {\n      id\n      events {\n        id\n        title\n        startsAt\n        timezone\n        status\n        venues {\n          id\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeEvents($id: ID!) {\n    challenge(id: $id) {\n      id\n      events {\n        id\n        title\n        startsAt\n        timezone\n        status\n        venues {\n          id\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrations($id: ID!, $venueId: ID, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      registrations(venueId: $venueId, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            waitlistPosition\n            checkedInAt\n            createdAt\n            user {\n              id\n              displayName\n            }\n            venue {\n              id\n              city\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventRegistrations($id: ID!, $venueId: ID, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      registrations(venueId: $venueId, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            waitlistPosition\n            checkedInAt\n            createdAt\n            user {\n              id\n              displayName\n            }\n            venue {\n              id\n              city\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaChoices {\n    projects(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaChoices {\n    projects(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaIdeas($id: ID!) {\n    challenge(id: $id) {\n      id\n      shortlisted: ideas(first: 30, orderBy: TOP, status: [SHORTLISTED, SELECTED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      proposed: ideas(first: 30, orderBy: TOP, status: [PROPOSED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaIdeas($id: ID!) {\n    challenge(id: $id) {\n      id\n      shortlisted: ideas(first: 30, orderBy: TOP, status: [SHORTLISTED, SELECTED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      proposed: ideas(first: 30, orderBy: TOP, status: [PROPOSED]) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuePresence($id: ID!) {\n    challenge(id: $id) {\n      id\n      presentCount\n      presenceByVenue {\n        count\n        venue {\n          id\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenuePresence($id: ID!) {\n    challenge(id: $id) {\n      id\n      presentCount\n      presenceByVenue {\n        count\n        venue {\n          id\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          startsAt\n          ...EventCard_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Events($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          startsAt\n          ...EventCard_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCard_event on Event {\n    id\n    title\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    venues {\n      id\n      city\n      name\n      capacity\n      placesLeft\n      waitlistCount\n    }\n  }\n"): (typeof documents)["\n  fragment EventCard_event on Event {\n    id\n    title\n    format\n    status\n    startsAt\n    endsAt\n    timezone\n    report\n    cancelReason\n    venues {\n      id\n      city\n      name\n      capacity\n      placesLeft\n      waitlistCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventCities {\n    events(first: 100) {\n      edges {\n        node {\n          id\n          venues {\n            id\n            city\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventCities {\n    events(first: 100) {\n      edges {\n        node {\n          id\n          venues {\n            id\n            city\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalNotice {\n    legalNotice {\n      publisher\n      host\n      contact\n      publicUrl\n      sessionDays\n      openDataLicence\n      openDataLicenceUrl\n    }\n  }\n"): (typeof documents)["\n  query LegalNotice {\n    legalNotice {\n      publisher\n      host\n      contact\n      publicUrl\n      sessionDays\n      openDataLicence\n      openDataLicenceUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeIdeas($id: ID!, $first: Int!, $after: String, $orderBy: IdeaOrder!) {\n    challenge(id: $id) {\n      id\n      viewerVotesLeft\n      ideas(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            voteCount\n            ...IdeaCard_idea\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n        # Commenting follows the challenge: its button says so at once.\n        challenge {\n          id\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...CommentThread_comment\n      idea {\n        id\n        commentCount\n        # Commenting follows the challenge: its button says so at once.\n        challenge {\n          id\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    hidden\n    hiddenReason\n    viewerHasReported\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_comment on Comment {\n    id\n    body\n    deleted\n    hidden\n    hiddenReason\n    viewerHasReported\n    createdAt\n    author {\n      id\n      displayName\n    }\n    parent {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    authorVenue {\n      id\n      city\n    }\n    ...VoteButton_idea\n  }\n"): (typeof documents)["\n  fragment IdeaCard_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    commentCount\n    createdAt\n    author {\n      id\n      displayName\n    }\n    authorVenue {\n      id\n      city\n    }\n    ...VoteButton_idea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaPage($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      ...IdeaView_idea\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaTimeline_idea on Idea {\n    id\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaTimeline_idea on Idea {\n    id\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    mergedInto {\n      id\n      title\n    }\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      viewerCanCurate\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n    ...IdeaTimeline_idea\n  }\n"): (typeof documents)["\n  fragment IdeaView_idea on Idea {\n    id\n    title\n    body\n    status\n    hidden\n    hiddenReason\n    viewerHasReported\n    mergedInto {\n      id\n      title\n    }\n    commentCount\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n      status\n      blindVoting\n      voteBudget\n      viewerVotesLeft\n      viewerCanCurate\n      session {\n        id\n        phase\n        endsAt\n      }\n    }\n    ...VoteButton_idea\n    ...IdeaTimeline_idea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n        # Proposing follows the challenge: its button says so at once.\n        viewerIsFollowing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      ...IdeaCard_idea\n      challenge {\n        id\n        ideaCount\n        # Proposing follows the challenge: its button says so at once.\n        viewerIsFollowing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($challengeId: ID!, $text: String!, $first: Int) {\n    similarIdeas(challengeId: $challengeId, text: $text, first: $first) {\n      id\n      title\n      voteCount\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n        viewerIsFollowing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($ideaId: ID!) {\n    vote(ideaId: $ideaId) {\n      id\n      voteCount\n      viewerHasVoted\n      challenge {\n        id\n        viewerVotesLeft\n        viewerIsFollowing\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      ideaId\n      commentId\n      presentCount\n      catchUp\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChallengeActivity($challengeId: ID!) {\n    challengeActivity(challengeId: $challengeId) {\n      kind\n      at\n      challengeId\n      ideaId\n      commentId\n      presentCount\n      catchUp\n      idea {\n        id\n        ...LiveActivity_idea\n      }\n      comment {\n        id\n        ...LiveActivity_comment\n      }\n      challenge {\n        id\n        ...LiveActivity_challenge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    mergedInto {\n      id\n      title\n    }\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n"): (typeof documents)["\n  fragment LiveActivity_idea on Idea {\n    id\n    title\n    updatedAt\n    voteCount\n    commentCount\n    author {\n      id\n      displayName\n    }\n    ...IdeaCard_idea\n    mergedInto {\n      id\n      title\n    }\n    challenge {\n      id\n      ideaCount\n      participantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  fragment LiveActivity_comment on Comment {\n    id\n    ...CommentThread_comment\n    idea {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n"): (typeof documents)["\n  fragment LiveActivity_challenge on Challenge {\n    id\n    title\n    description\n    status\n    city\n    voteBudget\n    blindVoting\n    closesAt\n    outcome\n    ideaCount\n    participantCount\n    updatedAt\n    ...PresenceIndicator_challenge\n    ...RoundBanner_challenge\n    ...ChallengeResources_challenge\n  }\n"];
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
export function graphql(source: "\n  fragment LiveActivityStatus_idea on Idea {\n    id\n    status\n    hidden\n  }\n"): (typeof documents)["\n  fragment LiveActivityStatus_idea on Idea {\n    id\n    status\n    hidden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n"): (typeof documents)["\n  fragment PresenceIndicator_challenge on Challenge {\n    id\n    presentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $language: String) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!, $language: String) {\n    requestPasswordReset(email: $email, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  query EmailVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteChallenge($id: ID!, $muted: Boolean!) {\n    muteChallenge(id: $id, muted: $muted)\n  }\n"): (typeof documents)["\n  mutation MuteChallenge($id: ID!, $muted: Boolean!) {\n    muteChallenge(id: $id, muted: $muted)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeMute($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n      viewerHasMuted\n    }\n  }\n"): (typeof documents)["\n  query ChallengeMute($id: ID!) {\n    challenge(id: $id) {\n      id\n      viewerIsFollowing\n      viewerHasMuted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIdeas($first: Int, $after: String) {\n    myIdeas(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MyContribution_idea\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIdeas($first: Int, $after: String) {\n    myIdeas(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...MyContribution_idea\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyContribution_idea on Idea {\n    id\n    title\n    status\n    hidden\n    createdAt\n    challenge {\n      id\n      title\n    }\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyContribution_idea on Idea {\n    id\n    title\n    status\n    hidden\n    createdAt\n    challenge {\n      id\n      title\n    }\n    timeline {\n      kind\n      at\n      outcome\n      mergedInto {\n        id\n        title\n      }\n      event {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    count\n    readAt\n    createdAt\n    updatedAt\n    actor {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n    }\n    idea {\n      id\n      title\n      status\n    }\n    targetIdea {\n      id\n      title\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    count\n    readAt\n    createdAt\n    updatedAt\n    actor {\n      id\n      displayName\n    }\n    challenge {\n      id\n      title\n    }\n    idea {\n      id\n      title\n      status\n    }\n    targetIdea {\n      id\n      title\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    me {\n      id\n      email\n      emailVerified\n      language\n      timezone\n    }\n    notificationPreferences {\n      topic\n      channel\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    me {\n      id\n      email\n      emailVerified\n      language\n      timezone\n    }\n    notificationPreferences {\n      topic\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channel: NotificationChannel!) {\n    setNotificationPreference(topic: $topic, channel: $channel) {\n      topic\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channel: NotificationChannel!) {\n    setNotificationPreference(topic: $topic, channel: $channel) {\n      topic\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n      timezone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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