import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/config';
import { REDIS, type RedisClient } from '../../core/redis/redis.module';

/**
 * The characters of a join code: digits and capitals without look-alikes (no 0/O, 1/I/L, U/V), as
 * in Crockford's base 32 less U. The database's `ouimake_join_code()` draws from the same alphabet.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Unknown codes asked per client address in this window, before RATE_LIMITED. */
export const JOIN_CODE_MISSES_PER_ADDRESS = 60;
export const JOIN_CODE_MISS_WINDOW_SECONDS = 15 * 60;

/** A fresh code, each character drawn with crypto randomness and no modulo bias. */
export function generateJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * The code as typed in a room (`7kq 4xm`, `7KQ-4XM`): capitals, without spaces, dashes or dots;
 * null when it cannot be a code at all.
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s\-_.·]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/**
 * Counts the unknown codes each client address asks for, so that trying codes one by one costs an
 * hour per few hundred guesses; found codes are free. Shared by all instances through Redis.
 */
@Injectable()
export class JoinCodeLimiter {
  readonly misses: RateLimiterAbstract;

  constructor(config: AppConfig, @Inject(REDIS) redis: RedisClient) {
    const points = JOIN_CODE_MISSES_PER_ADDRESS;
    const duration = JOIN_CODE_MISS_WINDOW_SECONDS;
    const memory = new RateLimiterMemory({ keyPrefix: 'join-code-misses', points, duration });
    this.misses = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${config.redisPrefix}:rl:join-code-misses`,
          points,
          duration,
          insuranceLimiter: memory,
        })
      : memory;
  }
}
