import { can, type Actor } from '../../core/auth/policy';
import type { UserEntity } from './user.entity';
import type { User } from './user.model';

/** The one way from a user row to what the API shows: the email only to the user and to admins. */
export function toUser(entity: UserEntity, viewer: Actor | null): User {
  return {
    id: entity.id,
    displayName: entity.displayName,
    bio: entity.bio,
    city: entity.city,
    role: entity.role,
    email: can(viewer, 'user.readEmail', { userId: entity.id }) ? entity.email : null,
    emailVerified: can(viewer, 'user.readEmail', { userId: entity.id })
      ? entity.emailVerifiedAt !== null
      : null,
    language: viewer?.id === entity.id ? entity.locale : null,
    timezone: viewer?.id === entity.id ? entity.timezone : null,
    showActivity: viewer?.id === entity.id ? entity.showActivity : null,
    formerMember: entity.deletedAt !== null,
    activityPublic: entity.showActivity,
    createdAt: entity.createdAt,
  };
}
