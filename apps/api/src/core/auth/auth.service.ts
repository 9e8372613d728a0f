import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@ouimake/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { SessionEntity } from '../../modules/accounts/session.entity';
import { DomainError } from '../graphql/domain-error';
import { isUuid } from '../graphql/ids';
import type { Viewer } from '../graphql/request-context';

interface TokenClaims {
  sub: string;
  sid: string;
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

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {
    if (!config.jwtSecret) throw new Error('The server secret is unknown');
    this.jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } });
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

  async revokeSession(sessionId: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }

  /** Ends every session of a user (after a role change). */
  async revokeAllSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
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
