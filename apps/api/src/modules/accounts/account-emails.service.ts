import { createHash, randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ErrorCode, Role } from '@ouimake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { AuthService } from '../../core/auth/auth.service';
import { returning } from '../../core/database/sql';
import { hashPassword } from '../../core/auth/passwords';
import { requireViewer } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import type { Viewer } from '../../core/graphql/request-context';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service';
import { AuditService } from '../audit/audit.service';
import { renderMail } from '../mail/mail-layout';
import { MailQueue } from '../mail/mail-queue';
import { MailSender } from '../mail/mail-sender.service';
import { UserEntity } from '../users/user.entity';
import { AccountTokenEntity } from './account-token.entity';
import { checkEmail, checkPassword } from './account-rules';

const VERIFY = 'verify-email';
const RESET = 'reset-password';
const VERIFY_HOURS = 48;
const RESET_HOURS = 1;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const invalidLink = () =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'This link is not valid any more: ask for a new one.', 'token');

/**
 * The emails that prove who reads an address: verification at sign-up (ADMIN_EMAILS makes admins
 * of verified addresses only) and password reset (a single-use link valid one hour, the same
 * answer whether or not the address has an account, limited per address and per account; using
 * it ends every other session). Links carry a random token; only its hash is stored.
 */
@Injectable()
export class AccountEmailsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly limits: RateLimitService,
    private readonly queue: MailQueue,
    private readonly sender: MailSender,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.sender.register(VERIFY, async (row) => {
      const p = row.payload as { token: string; name: string; lang: 'fr' | 'en' };
      const url = `${this.sender.publicUrl}/verify-email?token=${encodeURIComponent(p.token)}`;
      const fr = p.lang !== 'en';
      return {
        to: row.toAddress,
        ...renderMail(
          fr
            ? {
                subject: 'Confirmez votre adresse sur Ouimake',
                paragraphs: [
                  `Bonjour ${p.name},`,
                  'Confirmez que cette adresse est bien la vôtre : le lien est valable 48 heures.',
                ],
                button: { label: 'Confirmer mon adresse', url },
                footer: 'Vous n’avez pas créé de compte ? Ignorez ce message.',
              }
            : {
                subject: 'Confirm your address on Ouimake',
                paragraphs: [
                  `Hello ${p.name},`,
                  'Confirm that this address is yours: the link is valid for 48 hours.',
                ],
                button: { label: 'Confirm my address', url },
                footer: 'You did not create an account? Ignore this message.',
              },
          fr ? 'fr' : 'en',
        ),
      };
    });
    this.sender.register(RESET, async (row) => {
      const p = row.payload as { token: string; name: string; lang: 'fr' | 'en' };
      const url = `${this.sender.publicUrl}/reset-password?token=${encodeURIComponent(p.token)}`;
      const fr = p.lang !== 'en';
      return {
        to: row.toAddress,
        ...renderMail(
          fr
            ? {
                subject: 'Choisir un nouveau mot de passe',
                paragraphs: [
                  `Bonjour ${p.name},`,
                  'Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de ce compte. Le lien est valable une heure et ne sert qu’une fois ; vos autres sessions seront fermées.',
                ],
                button: { label: 'Choisir un mot de passe', url },
                footer: 'Ce n’était pas vous ? Ignorez ce message : rien ne change.',
              }
            : {
                subject: 'Choose a new password',
                paragraphs: [
                  `Hello ${p.name},`,
                  'Someone (probably you) asked to change this account’s password. The link is valid for one hour and works once; your other sessions will be ended.',
                ],
                button: { label: 'Choose a password', url },
                footer: 'It was not you? Ignore this message: nothing changes.',
              },
          fr ? 'fr' : 'en',
        ),
      };
    });
  }

  /** Queues a verification email for a new account, in the sign-up's transaction. */
  async sendVerification(tx: EntityManager, user: UserEntity): Promise<void> {
    const token = await this.issue(tx, user, VERIFY, VERIFY_HOURS);
    await this.queue.enqueue(tx, {
      userId: user.id,
      to: addressOf(user),
      template: VERIFY,
      payload: { token, name: user.displayName, lang: user.locale },
    });
  }

  async resendVerification(viewer: Viewer | null): Promise<boolean> {
    const me = requireViewer(viewer);
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: me.id });
    if (user.emailVerifiedAt) return true;
    await this.limits.consume(this.limits.accountEmailsPerAccount, user.id);
    await this.db.transaction((tx) => this.sendVerification(tx, user));
    return true;
  }

  /** Marks the address verified (the link's address must still be the account's); makes configured admins. */
  async verify(token: string): Promise<UserEntity> {
    const { user, promoted } = await this.db.transaction(async (tx) => {
      const row = await this.use(tx, token, VERIFY);
      const user = await tx.findOneByOrFail(UserEntity, { id: row.userId });
      if (user.email !== row.email) throw invalidLink();
      const promoted = this.config.adminEmails.includes(user.email) && user.role !== Role.ADMIN;
      await tx.update(
        UserEntity,
        { id: user.id },
        { emailVerifiedAt: user.emailVerifiedAt ?? new Date(), ...(promoted ? { role: Role.ADMIN } : {}) },
      );
      return { user: await tx.findOneByOrFail(UserEntity, { id: user.id }), promoted };
    });
    // A new role applies everywhere at once: the person signs in again.
    if (promoted) {
      const ended = await this.db.transaction((tx) => this.auth.revokeAllSessions(tx, user.id));
      await this.auth.announceEnded(ended);
    }
    return user;
  }

  /** Always true, whether or not the address has an account: nobody learns who is registered. */
  async requestReset(email: string, clientAddress: string, lang: string | null): Promise<boolean> {
    const address = checkEmail(email);
    await this.limits.consume(this.limits.resetsPerAddress, clientAddress);
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: address });
    if (!user) return true;
    try {
      await this.limits.consume(this.limits.accountEmailsPerAccount, user.id);
    } catch {
      return true; // Past the account's limit: quietly nothing, with the same answer.
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
        [user.id, RESET],
      );
      const token = await this.issue(tx, user, RESET, RESET_HOURS);
      await this.queue.enqueue(tx, {
        userId: user.id,
        to: addressOf(user),
        template: RESET,
        payload: { token, name: user.displayName, lang: lang === 'en' || lang === 'fr' ? lang : user.locale },
      });
    });
    return true;
  }

  /** Sets the new password, ends every session, and opens a new one for the person. */
  async reset(token: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const checked = checkPassword(password);
    const passwordHash = await hashPassword(checked);
    const { user, ended, session } = await this.db.transaction(async (tx) => {
      const row = await this.use(tx, token, RESET);
      const user = await tx.findOneByOrFail(UserEntity, { id: row.userId });
      if (user.email !== row.email) throw invalidLink();
      // Reading the link proves the address too.
      await tx.update(
        UserEntity,
        { id: user.id },
        { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
      );
      const ended = await this.auth.revokeAllSessions(tx, user.id);
      await this.audit.record(
        tx,
        { id: user.id, role: user.role, sessionId: '' },
        'account.resetPassword',
        'User',
        user.id,
      );
      return { user, ended, session: await this.auth.openSession(tx, user.id) };
    });
    await this.auth.announceEnded(ended);
    return { token: session, user };
  }

  private async issue(tx: EntityManager, user: UserEntity, purpose: string, hours: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await tx.insert(AccountTokenEntity, {
      userId: user.id,
      purpose,
      tokenHash: hash(token),
      email: addressOf(user),
      expiresAt: new Date(Date.now() + hours * 3600 * 1000),
    });
    return token;
  }

  /** Takes a token once: unknown, expired, used or of another purpose is the same refusal. */
  private async use(tx: EntityManager, token: string, purpose: string): Promise<AccountTokenEntity> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) throw invalidLink();
    const [found] = await returning<AccountTokenEntity>(
      tx,
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", email`,
      [hash(token), purpose],
    );
    if (!found) throw invalidLink();
    return found;
  }
}

/** The address of an account that has one (a deleted account has none, and no session either). */
function addressOf(user: UserEntity): string {
  if (user.email === null) throw DomainError.notFound('This account');
  return user.email;
}
