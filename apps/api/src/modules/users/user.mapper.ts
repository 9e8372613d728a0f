import type { Viewer } from '../../core/graphql/request-context';
import type { UserEntity } from './user.entity';
import type { User } from './user.model';
import { Role } from '@ouimake/domain';

/** The one way from a user row to what the API shows: the email only to the user and to admins. */
export function toUser(entity: UserEntity, viewer: Viewer | null): User {
  const mayReadEmail = viewer !== null && (viewer.id === entity.id || viewer.role === Role.ADMIN);
  return {
    id: entity.id,
    displayName: entity.displayName,
    bio: entity.bio,
    city: entity.city,
    role: entity.role,
    email: mayReadEmail ? entity.email : null,
    createdAt: entity.createdAt,
  };
}
