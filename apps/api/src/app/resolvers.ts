import { BrainstormResolver, ChallengeSessionResolver } from '../modules/brainstorm/brainstorm.resolver';
import { ChallengePresenceResolver, LiveResolver } from '../modules/live/live.resolver';
import { CommentsResolver } from '../modules/comments/comments.resolver';
import { ChallengeIdeasResolver, IdeasResolver } from '../modules/ideas/ideas.resolver';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ChallengesResolver } from '../modules/challenges/challenges.resolver';
import { ProjectsResolver } from '../modules/projects/projects.resolver';
import { ThemesResolver } from '../modules/themes/themes.resolver';

/**
 * Every resolver class, for printing the schema without starting the server. An integration test
 * checks that the running server's schema equals the printed one, so a resolver missing here fails CI.
 */
export const RESOLVERS = [
  AccountsResolver,
  AuditResolver,
  BrainstormResolver,
  ChallengeSessionResolver,
  ChallengesResolver,
  ChallengeIdeasResolver,
  CommentsResolver,
  IdeasResolver,
  LiveResolver,
  ChallengePresenceResolver,
  ProjectsResolver,
  ThemesResolver,
];
