import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ActivityKind } from '@ouimake/domain';
import { AppConfig } from '../../config/config';
import { REDIS, type RedisClient } from '../../core/redis/redis.module';
import type { ChannelPresence } from '../../core/live/live-fanout';
import { ActivityPublisher } from './activity.publisher';

/** A watcher counts until this long after its last heartbeat (a dropped connection stops counting). */
export const PRESENCE_TTL_MS = 60_000;
/** Arrivals and departures within this delay are announced once, with the count at its end. */
export const ANNOUNCE_DELAY_MS = 250;

/**
 * Who is watching each challenge, over all instances: a Redis sorted set of members scored by
 * their expiry when REDIS_URL is set (each instance refreshes its own members), else in memory.
 * While Redis is unreachable the instance counts its own watchers.
 */
@Injectable()
export class PresenceService implements OnApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private readonly local = new Map<string, Map<string, number>>();
  private readonly announcing = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly activity: ActivityPublisher,
  ) {}

  /** The presence of one challenge, as the live fan-out keeps it up to date. */
  of(challengeId: string): ChannelPresence {
    return {
      join: (member) => this.join(challengeId, member),
      leave: (member) => this.leave(challengeId, member),
      heartbeat: (members) => this.heartbeat(challengeId, members),
    };
  }

  async join(challengeId: string, member: string): Promise<void> {
    await this.touch(challengeId, [member]);
    this.announce(challengeId);
  }

  /** Keeps the members counted for another {@link PRESENCE_TTL_MS}. */
  heartbeat(challengeId: string, members: string[]): Promise<void> {
    return members.length ? this.touch(challengeId, members) : Promise.resolve();
  }

  async leave(challengeId: string, member: string): Promise<void> {
    this.local.get(challengeId)?.delete(member);
    if (this.redis) await this.redis.zrem(this.key(challengeId), member).catch(() => undefined);
    this.announce(challengeId);
  }

  onApplicationShutdown(): void {
    for (const timer of this.announcing.values()) clearTimeout(timer);
    this.announcing.clear();
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

  /** The members counted now ("user:<id>", "anon:<socket>"), over all instances. */
  async members(challengeId: string): Promise<string[]> {
    const now = Date.now();
    if (this.redis) {
      try {
        return await this.redis.zrangebyscore(this.key(challengeId), now, '+inf');
      } catch {
        // Redis away: this instance's own watchers.
      }
    }
    return [...(this.local.get(challengeId) ?? new Map<string, number>())]
      .filter(([, expires]) => expires > now)
      .map(([m]) => m);
  }

  private async touch(challengeId: string, members: string[]): Promise<void> {
    const expires = Date.now() + PRESENCE_TTL_MS;
    let local = this.local.get(challengeId);
    if (!local) this.local.set(challengeId, (local = new Map()));
    for (const member of members) local.set(member, expires);
    if (this.redis) {
      const key = this.key(challengeId);
      await this.redis
        .multi()
        .zadd(key, ...members.flatMap((member) => [expires, member]))
        .pexpire(key, PRESENCE_TTL_MS * 2)
        .exec()
        .catch((e: Error) => this.logger.warn(`presence not shared: ${e.message}`));
    }
  }

  /**
   * Publishes PRESENCE_CHANGED shortly after a change, once for all the changes meanwhile: a room
   * of 1,000 arriving together is not a million deliveries.
   */
  private announce(challengeId: string): void {
    if (this.announcing.has(challengeId)) return;
    const timer = setTimeout(() => {
      this.announcing.delete(challengeId);
      void this.count(challengeId).then((presentCount) =>
        this.activity.publish({ kind: ActivityKind.PRESENCE_CHANGED, challengeId, presentCount }),
      );
    }, ANNOUNCE_DELAY_MS);
    timer.unref();
    this.announcing.set(challengeId, timer);
  }

  private key(challengeId: string): string {
    return `${this.config.redisPrefix}:presence:${challengeId}`;
  }
}
