import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@ouimake/domain';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppConfig } from '../../config/config';
import { DomainError } from '../graphql/domain-error';
import { REDIS, type RedisClient } from '../redis/redis.module';

/**
 * The server's rate limits, each set by an environment variable (README). In memory on one
 * instance; in Redis when REDIS_URL is set, so that all instances count together, with an in-memory
 * limiter taking over while Redis is unreachable.
 */
function rateLimited(msBeforeNext: number): DomainError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many attempts. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    undefined,
    { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) },
  );
}

@Injectable()
export class RateLimitService {
  /** Failed sign-ins per account (key: the normalised email). */
  readonly signinFailuresPerAccount: RateLimiterAbstract;
  /** Failed sign-ins per client address; successful sign-ins are not counted, even in flight. */
  readonly signinFailuresPerAddress: RateLimiterAbstract;
  /** Accounts created per client address and hour. */
  readonly signupsPerAddress: RateLimiterAbstract;
  /** Emails asked for one account (reset, verification) per hour. */
  readonly accountEmailsPerAccount: RateLimiterAbstract;
  /** Password resets asked per client address and hour. */
  readonly resetsPerAddress: RateLimiterAbstract;

  constructor(config: AppConfig, @Inject(REDIS) redis: RedisClient) {
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.redisPrefix}:rl:${keyPrefix}`,
        points,
        duration,
        insuranceLimiter: memory,
      });
    };
    const { rateLimits } = config;
    this.signinFailuresPerAccount = make(
      'signin-account',
      rateLimits.signinFailuresPerAccount,
      rateLimits.signinFailureWindowSeconds,
    );
    this.signinFailuresPerAddress = make(
      'signin-address',
      rateLimits.signinFailuresPerAddress,
      rateLimits.signinFailureWindowSeconds,
    );
    this.signupsPerAddress = make('signup-address', rateLimits.signupsPerAddressPerHour, 3600);
    this.accountEmailsPerAccount = make('account-emails', 5, 3600);
    this.resetsPerAddress = make('reset-address', 30, 3600);
  }

  /** Takes a point, or throws RATE_LIMITED saying when to try again. Atomic: exact under concurrency. */
  async consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw rateLimited(e.msBeforeNext);
      throw e;
    }
  }

  /** Throws RATE_LIMITED when the key has used up its points, without taking one. */
  async assertUnder(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limiter.points) throw rateLimited(res.msBeforeNext);
  }

  /** Counts one more against the key (a failure), without refusing anything now. */
  async count(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.penalty(key, 1).catch(() => undefined);
  }

  async forget(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.delete(key).catch(() => undefined);
  }
}
