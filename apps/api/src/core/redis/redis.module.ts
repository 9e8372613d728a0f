import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/config';

/** The shared Redis connection when REDIS_URL is set; null on a single instance. */
export const REDIS = Symbol('REDIS');
export type RedisClient = Redis | null;

class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig): RedisClient => {
        if (!config.redisUrl) return null;
        const logger = new Logger('Redis');
        const redis = new Redis(config.redisUrl, {
          // Fail fast while Redis is away: callers fall back instead of queueing forever.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
        });
        let down = false;
        redis.on('error', (err) => {
          if (!down) logger.warn(`Redis is unreachable (${err.message}); falling back until it returns`);
          down = true;
        });
        redis.on('ready', () => {
          if (down) logger.log('Redis is back');
          down = false;
        });
        return redis;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
