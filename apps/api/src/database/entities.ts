import { ChallengeParticipantEntity } from '../modules/challenges/challenge-participant.entity';
import { CommentEntity } from '../modules/comments/comment.entity';
import { IdeaEntity } from '../modules/ideas/idea.entity';
import { VoteTallyEntity } from '../modules/votes/vote-tally.entity';
import { VoteEntity } from '../modules/votes/vote.entity';
import { BrainstormSessionEntity } from '../modules/brainstorm/brainstorm-session.entity';
import { ChallengeFollowEntity } from '../modules/challenges/challenge-follow.entity';
import { ChallengeThemeEntity } from '../modules/challenges/challenge-theme.entity';
import { ChallengeEntity } from '../modules/challenges/challenge.entity';
import { ProjectHolderEntity } from '../modules/projects/project-holder.entity';
import { ProjectEntity } from '../modules/projects/project.entity';
import { ThemeEntity } from '../modules/themes/theme.entity';
import { UserEntity } from '../modules/users/user.entity';
import { SessionEntity } from '../modules/accounts/session.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { AppStateEntity } from './app-state.entity';

/** Every entity of the schema; the migrations must describe exactly these (CI checks it). */
export const ENTITIES = [
  AppStateEntity,
  UserEntity,
  ProjectEntity,
  ProjectHolderEntity,
  ThemeEntity,
  ChallengeEntity,
  ChallengeThemeEntity,
  ChallengeFollowEntity,
  ChallengeParticipantEntity,
  IdeaEntity,
  VoteEntity,
  VoteTallyEntity,
  CommentEntity,
  BrainstormSessionEntity,
  SessionEntity,
  AuditEntryEntity,
];
