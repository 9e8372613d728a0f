import { ChallengeParticipantEntity } from '../modules/challenges/challenge-participant.entity';
import { CommentEntity } from '../modules/comments/comment.entity';
import { IdeaEntity } from '../modules/ideas/idea.entity';
import { VoteTallyEntity } from '../modules/votes/vote-tally.entity';
import { VoteEntity } from '../modules/votes/vote.entity';
import { BrainstormRoundEntity } from '../modules/brainstorm/brainstorm-round.entity';
import { ChallengeFollowEntity } from '../modules/challenges/challenge-follow.entity';
import { ChallengeThemeEntity } from '../modules/challenges/challenge-theme.entity';
import { ChallengeEntity } from '../modules/challenges/challenge.entity';
import { ProjectHolderEntity } from '../modules/projects/project-holder.entity';
import { ProjectEntity } from '../modules/projects/project.entity';
import { ThemeEntity } from '../modules/themes/theme.entity';
import { UserEntity } from '../modules/users/user.entity';
import { SessionEntity } from '../core/auth/session.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { AppStateEntity } from './app-state.entity';
import { ReportEntity } from '../modules/curation/report.entity';
import { ResourceEntity } from '../modules/curation/resource.entity';
import { AgendaItemEntity } from '../modules/events/agenda-item.entity';
import { EventOrganizerEntity } from '../modules/events/event-organizer.entity';
import { EventEntity } from '../modules/events/event.entity';
import { RegistrationEntity } from '../modules/events/registration.entity';
import { VenueHostEntity } from '../modules/events/venue-host.entity';
import { VenueEntity } from '../modules/events/venue.entity';
import { AccountTokenEntity } from '../modules/accounts/account-token.entity';
import { MailOutboxEntity } from '../modules/mail/mail-outbox.entity';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';

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
  BrainstormRoundEntity,
  SessionEntity,
  AuditEntryEntity,
  ReportEntity,
  ResourceEntity,
  EventEntity,
  EventOrganizerEntity,
  VenueEntity,
  VenueHostEntity,
  AgendaItemEntity,
  RegistrationEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  MailOutboxEntity,
  AccountTokenEntity,
];
