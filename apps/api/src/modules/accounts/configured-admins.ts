import { Role } from '@ouimake/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Everyone listed in ADMIN_EMAILS is an admin: applied at every start (and at sign-up). */
export async function promoteConfiguredAdmins(
  manager: EntityManager,
  emails: readonly string[],
): Promise<number> {
  if (emails.length === 0) return 0;
  const result = await manager
    .createQueryBuilder()
    .update(UserEntity)
    .set({ role: Role.ADMIN })
    // Only a verified address: whoever signs up first with a listed address does not become admin.
    .where('email IN (:...emails) AND role <> :admin AND email_verified_at IS NOT NULL', {
      emails,
      admin: Role.ADMIN,
    })
    .execute();
  return result.affected ?? 0;
}
