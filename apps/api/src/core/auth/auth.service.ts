import { createSecretKey } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@ouimake/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { SessionEntity } from './session.entity';
import { DomainError } from '../graphql/domain-error';
import { returning } from '../database/sql';
import { isUuid } from '../graphql/ids';
import { PUB_SUB } from '../pubsub/pubsub.module';
import type { Viewer } from '../graphql/request-context';

interface TokenClaims {
  sub: string;
  sid: string;
}

/** The PubSub channel on which ended sessions are announced to every instance. */
export function sessionsEndedChannel(prefix: string): string {
  return `${prefix}:sessions:ended`;
}

const invalidToken = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session has ended or is not valid. Please sign in again.');

/**
 * Bearer tokens: a signed JWT naming a user and a session row. A token authenticates only while
 * its signature and expiry hold and its session is neither revoked nor expired, checked on every
 * request so that signing out takes effect at once on every instance.
 */
@Injectable()
export class AuthService {
  private readonly jwt: JwtService;
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {
    if (!config.jwtSecret) throw new Error('The server secret is unknown');
    // A key object, not the string: given a string, jsonwebtoken first tries to read it as a public
    // key and fails, on every verify (about 340 µs against 7 µs, on every signed-in request).
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(config.jwtSecret)),
      signOptions: { algorithm: 'HS256' },
    });
  }

  /** Opens a session for the user and returns its bearer token. */
  async openSession(manager: EntityManager, userId: string): Promise<string> {
    const ttlSeconds = this.config.sessionTtlDays * 24 * 3600;
    const { identifiers } = await manager.insert(SessionEntity, {
      userId,
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
      revokedAt: null,
    });
    const claims: TokenClaims = { sub: userId, sid: identifiers[0].id as string };
    return this.jwt.signAsync(claims, { expiresIn: ttlSeconds });
  }

  /** Ends a session (sign-out); its sockets close on every instance. */
  async revokeSession(sessionId: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
    await this.announceEnded([sessionId]);
  }

  /**
   * Ends every session of a user (after a role change), in the caller's transaction; returns their
   * ids, for {@link announceEnded} once the transaction has committed.
   */
  async revokeAllSessions(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await returning<{ id: string }>(
      manager,
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Tells every instance that these sessions ended, so that their open sockets close at once (4403).
   * A lost message (PubSub away) is made up for: every live event re-checks its receivers'
   * sessions, and each instance sweeps its sockets' sessions every few seconds.
   */
  async announceEnded(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    try {
      await this.pubsub.publish(sessionsEndedChannel(this.config.redisPrefix), { sessionIds });
    } catch (e) {
      this.logger.warn(`Ended sessions not announced: ${(e as Error).message}`);
    }
  }

  /**
   * Of these sessions, the ones still valid (neither revoked nor expired) with their person's
   * current role: one query, for every socket of an instance or every receiver of a live event.
   */
  async validSessions(sessionIds: readonly string[]): Promise<Map<string, { userId: string; role: Role }>> {
    if (!sessionIds.length) return new Map();
    const rows: { id: string; userId: string; role: Role }[] = await this.db.query(
      `SELECT s.id, s.user_id AS "userId", u.role FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.id, { userId: r.userId, role: r.role }]));
  }

  /**
   * The viewer an Authorization header names: null without a header, the viewer for a valid
   * token, and UNAUTHENTICATED for anything else (never silently anonymous).
   */
  async viewerFromHeader(header: string | undefined | null): Promise<Viewer | null> {
    if (header === undefined || header === null || header.trim() === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw invalidToken();
    return this.viewerFromToken(match[1]);
  }

  async viewerFromToken(token: string): Promise<Viewer> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw invalidToken();
    }
    if (!isUuid(claims.sid ?? '') || !isUuid(claims.sub ?? '')) throw invalidToken();
    const row: { role: Role } | undefined = await this.db
      .createQueryBuilder()
      .select('u.role', 'role')
      .from(SessionEntity, 's')
      .innerJoin('users', 'u', 'u.id = s.user_id')
      .where('s.id = :sid AND s.user_id = :sub', { sid: claims.sid, sub: claims.sub })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now()')
      .getRawOne();
    if (!row) throw invalidToken();
    return { id: claims.sub, role: row.role, sessionId: claims.sid };
  }
}
