import { Injectable } from '@nestjs/common';
import { ErrorCode, Role } from '@ouimake/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuthService } from '../../core/auth/auth.service';
import { hashPassword, verifyPassword } from '../../core/auth/passwords';
import { authorize } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service';
import { AuditService } from '../audit/audit.service';
import { DomainEvents } from '../../core/events/domain-events';
import { MailQueue } from '../mail/mail-queue';
import { AccountEmailsService } from './account-emails.service';
import type { AccountDeleting } from './accounts.events';
import { checkTimezone } from '../events/event-rules';
import { UserEntity } from '../users/user.entity';
import {
  BIO_MAX,
  CITY_MAX,
  checkDisplayName,
  checkEmail,
  checkPassword,
  normalizeEmail,
  optionalText,
} from './account-rules';
import type { SignInInput, SignUpInput, UpdateProfileInput } from './dto/account.inputs';

const UNIQUE_VIOLATION = '23505';

/** The name a deleted account's ideas and comments are shown under (the board says it in its language). */
export const FORMER_MEMBER = 'Ancien membre';

@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly limits: RateLimitService,
    private readonly audit: AuditService,
    private readonly cursors: CursorCodec,
    private readonly emails: AccountEmailsService,
    private readonly events: DomainEvents,
    private readonly mail: MailQueue,
  ) {}

  async signUp(input: SignUpInput, clientAddress: string): Promise<{ token: string; user: UserEntity }> {
    const email = checkEmail(input.email);
    const password = checkPassword(input.password);
    const displayName = checkDisplayName(input.displayName);
    const city = optionalText(input.city, 'city', CITY_MAX);
    await this.limits.consume(this.limits.signupsPerAddress, clientAddress);
    const passwordHash = await hashPassword(password);
    // ADMIN_EMAILS makes admins of verified addresses only: the verification link does it.
    const role = Role.MEMBER;
    const locale = input.language === 'en' ? 'en' : 'fr';
    try {
      return await this.db.transaction(async (tx) => {
        const { identifiers } = await tx.insert(UserEntity, {
          email,
          displayName,
          city,
          passwordHash,
          role,
          locale,
        });
        const user = await tx.findOneByOrFail(UserEntity, { id: identifiers[0].id });
        await this.emails.sendVerification(tx, user);
        return { token: await this.auth.openSession(tx, user.id), user };
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(ErrorCode.CONFLICT, 'An account already uses this email address.', 'email');
      }
      throw e;
    }
  }

  /**
   * Unknown email and wrong password answer alike (same code, same message, similar time).
   * Per account, every attempt takes a point up front (exact under parallel guessing) and a success
   * clears them. Per address, only failures count, so a room of people sharing one Wi-Fi address
   * signing in together is never slowed by its successes.
   */
  async signIn(input: SignInInput, clientAddress: string): Promise<{ token: string; user: UserEntity }> {
    const email = normalizeEmail(input.email);
    await this.limits.assertUnder(this.limits.signinFailuresPerAddress, clientAddress);
    await this.limits.consume(this.limits.signinFailuresPerAccount, email);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !ok) {
      await this.limits.count(this.limits.signinFailuresPerAddress, clientAddress);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The email or the password is incorrect.');
    }
    await this.limits.forget(this.limits.signinFailuresPerAccount, email);
    const token = await this.auth.openSession(this.db.manager, user.id);
    delete user.passwordHash;
    return { token, user };
  }

  async signOut(viewer: Viewer | null): Promise<boolean> {
    const me = authorize(viewer, 'account.signOut');
    await this.auth.revokeSession(me.sessionId);
    return true;
  }

  findUser(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  async updateProfile(viewer: Viewer | null, input: UpdateProfileInput): Promise<UserEntity> {
    const me = authorize(viewer, 'account.updateProfile');
    const changes: Partial<UserEntity> = {};
    if (input.displayName !== undefined && input.displayName !== null) {
      changes.displayName = checkDisplayName(input.displayName);
    }
    if (input.bio !== undefined) changes.bio = optionalText(input.bio, 'bio', BIO_MAX);
    if (input.city !== undefined) changes.city = optionalText(input.city, 'city', CITY_MAX);
    if (input.language !== undefined && input.language !== null) {
      if (input.language !== 'fr' && input.language !== 'en')
        throw DomainError.badInput('language', 'fr or en.');
      changes.locale = input.language;
    }
    if (input.timezone !== undefined && input.timezone !== null)
      changes.timezone = checkTimezone(input.timezone);
    if (input.showActivity !== undefined && input.showActivity !== null)
      changes.showActivity = input.showActivity;
    if (Object.keys(changes).length > 0)
      await this.db.getRepository(UserEntity).update({ id: me.id }, changes);
    return this.db.getRepository(UserEntity).findOneByOrFail({ id: me.id });
  }

  /**
   * Grants a role. The person's sessions end, so the new role applies everywhere at once. The last
   * admin cannot lose the role (someone must be able to grant it back): the admins' rows are locked
   * so that two admins demoting each other at once cannot both succeed.
   */
  async setUserRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserEntity> {
    const me = authorize(viewer, 'user.setRole', { userId });
    const { user, ended } = await this.db.transaction(async (tx) => {
      const admins: { id: string }[] = await tx.query(
        `SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`,
      );
      const target = isUuid(userId) ? await tx.findOneBy(UserEntity, { id: userId }) : null;
      if (!target) throw DomainError.notFound('This person');
      if (target.role === role) return { user: target, ended: [] };
      if (target.role === Role.ADMIN && admins.length <= 1) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'The last admin cannot give up the role. Make someone else admin first.',
        );
      }
      await tx.update(UserEntity, { id: target.id }, { role });
      const ended = await this.auth.revokeAllSessions(tx, target.id);
      await this.audit.record(tx, me, 'user.setRole', 'User', target.id, `${target.role} → ${role}`);
      return { user: await tx.findOneByOrFail(UserEntity, { id: target.id }), ended };
    });
    await this.auth.announceEnded(ended);
    return user;
  }

  /**
   * Deletes the viewer's account, once they gave their password again. Each feature lets go of what
   * it holds of theirs in the same transaction (registrations, freeing places and promoting the
   * line; follows; notifications; holdings); their emails and tokens go; the row stays emptied of
   * anything personal, so that their ideas and comments stay (a former member's) and their votes
   * stay counted. Their sessions end everywhere at once; the audit log keeps the act. The last
   * admin cannot leave (someone must be able to grant roles): the admins' rows are locked as for a
   * role change.
   */
  async deleteAccount(viewer: Viewer | null, password: string): Promise<boolean> {
    const me = authorize(viewer, 'account.delete');
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id AND u.deleted_at IS NULL', { id: me.id })
      .getOne();
    if (!user) throw DomainError.notFound('This account');
    // Guessing the password from a stolen session is limited like signing in.
    const key = user.email ?? user.id;
    await this.limits.consume(this.limits.signinFailuresPerAccount, key);
    if (typeof password !== 'string' || !(await verifyPassword(user.passwordHash, password))) {
      throw DomainError.badInput('password', 'The password is incorrect.');
    }
    await this.limits.forget(this.limits.signinFailuresPerAccount, key);
    const ended = await this.db.transaction(async (tx) => {
      if (user.role === Role.ADMIN) {
        const admins: { id: string }[] = await tx.query(
          `SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`,
        );
        if (admins.length <= 1) {
          throw new DomainError(
            ErrorCode.CONFLICT,
            'The last admin cannot delete their account. Make someone else admin first.',
          );
        }
      }
      // Taken once: a second deletion running at the same time finds nothing left to delete.
      const [mine] = await tx.query(`SELECT id FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [
        me.id,
      ]);
      if (!mine) throw DomainError.notFound('This account');
      const deleting: AccountDeleting = { type: 'account.deleting', userId: me.id };
      await this.events.emit(tx, deleting);
      await this.mail.forget(tx, me.id);
      await tx.query(`DELETE FROM account_tokens WHERE user_id = $1`, [me.id]);
      await tx.update(
        UserEntity,
        { id: me.id },
        {
          email: null,
          passwordHash: null,
          displayName: FORMER_MEMBER,
          bio: null,
          city: null,
          emailVerifiedAt: null,
          role: Role.MEMBER,
          showActivity: false,
          lastDigestAt: null,
          deletedAt: new Date(),
        },
      );
      const ended = await this.auth.revokeAllSessions(tx, me.id);
      await this.audit.record(tx, me, 'account.delete', 'User', me.id);
      return ended;
    });
    await this.auth.announceEnded(ended);
    return true;
  }

  listUsers<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; query?: string | null },
    toNode: (e: UserEntity) => N,
  ): Promise<Page<N>> {
    authorize(viewer, 'user.list');
    // Deleted accounts are nobody to manage any more.
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u').where('u.deleted_at IS NULL');
    const query = args.query?.trim();
    if (query) {
      qb.andWhere(`(unaccent(u.display_name) ILIKE unaccent(:like) OR u.email ILIKE :like)`, {
        like: `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'USER_NAME',
        keys: [
          { sql: 'lower(u.display_name)', direction: 'ASC', type: 'text', alias: 'k_name' },
          { sql: 'u.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
