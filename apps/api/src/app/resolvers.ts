import { BrainstormResolver, ChallengeRoundResolver } from '../modules/brainstorm/brainstorm.resolver';
import { ChallengePresenceResolver, LiveResolver } from '../modules/live/live.resolver';
import { CommentsResolver } from '../modules/comments/comments.resolver';
import { ChallengeIdeasResolver, IdeasResolver } from '../modules/ideas/ideas.resolver';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { UserActivityResolver } from '../modules/accounts/user-activity.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { LegalResolver } from '../modules/legal/legal.resolver';
import { ChallengesResolver } from '../modules/challenges/challenges.resolver';
import { ProjectsResolver } from '../modules/projects/projects.resolver';
import { ThemesResolver } from '../modules/themes/themes.resolver';
import {
  ChallengeResourcesResolver,
  CommentCurationResolver,
  CurationResolver,
  ReportsResolver,
  ResourcesResolver,
} from '../modules/curation/curation.resolver';
import {
  AgendaItemsResolver,
  ChallengeEventsResolver,
  EventsResolver,
  IdeaTimelineEntryResolver,
  IdeaVenueResolver,
  RegistrationsResolver,
  VenuePresenceResolver,
  VenuesResolver,
} from '../modules/events/events.resolver';
import {
  ChallengeMuteResolver,
  NotificationsResolver,
} from '../modules/notifications/notifications.resolver';

/**
 * Every resolver class, for printing the schema without starting the server. An integration test
 * checks that the running server's schema equals the printed one, so a resolver missing here fails CI.
 */
export const RESOLVERS = [
  AccountsResolver,
  UserActivityResolver,
  AuditResolver,
  LegalResolver,
  BrainstormResolver,
  ChallengeRoundResolver,
  ChallengesResolver,
  ChallengeIdeasResolver,
  CommentsResolver,
  IdeasResolver,
  LiveResolver,
  ChallengePresenceResolver,
  ProjectsResolver,
  ThemesResolver,
  CurationResolver,
  CommentCurationResolver,
  ReportsResolver,
  ResourcesResolver,
  ChallengeResourcesResolver,
  EventsResolver,
  RegistrationsResolver,
  VenuesResolver,
  AgendaItemsResolver,
  ChallengeEventsResolver,
  VenuePresenceResolver,
  IdeaVenueResolver,
  IdeaTimelineEntryResolver,
  NotificationsResolver,
  ChallengeMuteResolver,
];
