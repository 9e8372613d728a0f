import { can, type Actor } from '../../core/auth/policy';
import type { UserEntity } from './user.entity';
import type { User } from './user.model';

/**
 * The one way from a user row to what the API shows: the email only to the user and to admins.
 * What depends on who is looking is decided when it is read, so that a document that asks only
 * public fields never reads the viewer (a live event can then be executed once for many people).
 */
export function toUser(entity: UserEntity, viewer: Actor | null): User {
  const own = () => viewer?.id === entity.id;
  const readsEmail = () => can(viewer, 'user.readEmail', { userId: entity.id });
  return {
    id: entity.id,
    displayName: entity.displayName,
    bio: entity.bio,
    city: entity.city,
    role: entity.role,
    get email() {
      return readsEmail() ? entity.email : null;
    },
    get emailVerified() {
      return readsEmail() ? entity.emailVerifiedAt !== null : null;
    },
    get language() {
      return own() ? entity.locale : null;
    },
    get timezone() {
      return own() ? entity.timezone : null;
    },
    get showActivity() {
      return own() ? entity.showActivity : null;
    },
    formerMember: entity.deletedAt !== null,
    activityPublic: entity.showActivity,
    createdAt: entity.createdAt,
  };
}
