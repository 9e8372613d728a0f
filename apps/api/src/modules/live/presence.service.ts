import { Inject, Injectable, Logger } from '@nestjs/common';
import { ActivityKind } from '@ouimake/domain';
import { AppConfig } from '../../config/config';
import { REDIS, type RedisClient } from '../../core/redis/redis.module';
import { ActivityPublisher } from './activity.publisher';

/** A watcher counts until this long after its last heartbeat (a dropped connection stops counting). */
export const PRESENCE_TTL_MS = 60_000;
export const HEARTBEAT_MS = 20_000;

/**
 * Who is watching each challenge, over all instances: a Redis sorted set of members scored by
 * their expiry when REDIS_URL is set (each instance refreshes its own members), else in memory.
 * While Redis is unreachable the instance counts its own watchers.
 */
@Injectable()
export class PresenceService {
  private readonly logger = new Logger('Presence');
  private readonly local = new Map<string, Map<string, number>>();

  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly activity: ActivityPublisher,
  ) {}

  async join(challengeId: string, member: string): Promise<void> {
    await this.touch(challengeId, member);
    await this.announce(challengeId);
  }

  heartbeat(challengeId: string, member: string): Promise<void> {
    return this.touch(challengeId, member);
  }

  async leave(challengeId: string, member: string): Promise<void> {
    this.local.get(challengeId)?.delete(member);
    if (this.redis) await this.redis.zrem(this.key(challengeId), member).catch(() => undefined);
    await this.announce(challengeId);
  }

  async count(challengeId: string): Promise<number> {
    const now = Date.now();
    if (this.redis) {
      try {
        const key = this.key(challengeId);
        await this.redis.zremrangebyscore(key, '-inf', now);
        return await this.redis.zcard(key);
      } catch {
        // Redis away: fall back to this instance's own watchers.
      }
    }
    const members = this.local.get(challengeId);
    if (!members) return 0;
    for (const [m, expires] of members) if (expires <= now) members.delete(m);
    return members.size;
  }

  private async touch(challengeId: string, member: string): Promise<void> {
    const expires = Date.now() + PRESENCE_TTL_MS;
    let members = this.local.get(challengeId);
    if (!members) this.local.set(challengeId, (members = new Map()));
    members.set(member, expires);
    if (this.redis) {
      const key = this.key(challengeId);
      await this.redis
        .multi()
        .zadd(key, expires, member)
        .pexpire(key, PRESENCE_TTL_MS * 2)
        .exec()
        .catch((e: Error) => this.logger.warn(`presence not shared: ${e.message}`));
    }
  }

  private async announce(challengeId: string): Promise<void> {
    await this.activity.publish({
      kind: ActivityKind.PRESENCE_CHANGED,
      challengeId,
      presentCount: await this.count(challengeId),
    });
  }

  private key(challengeId: string): string {
    return `${this.config.redisPrefix}:presence:${challengeId}`;
  }
}
