import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { AppConfig } from '../../config/config';

/** The PubSub engine: in memory on one instance, Redis across instances (REDIS_URL). */
export const PUB_SUB = Symbol('PUB_SUB');

class PubSubLifecycle implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close().catch(() => undefined);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [AppConfig],
      useFactory: (config: AppConfig): PubSubEngine => {
        if (!config.redisUrl) return new PubSub();
        const logger = new Logger('PubSub');
        const connect = (role: string) => {
          const client = new Redis(config.redisUrl as string, {
            // Publishing fails fast while Redis is away (the mutation still succeeds); the
            // subscriber reconnects and subscribes again by itself.
            enableOfflineQueue: role === 'subscriber',
            maxRetriesPerRequest: role === 'subscriber' ? null : 1,
            retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
          });
          client.on('error', (err) => logger.warn(`Redis ${role}: ${err.message}`));
          return client;
        };
        return new RedisPubSub({ publisher: connect('publisher'), subscriber: connect('subscriber') });
      },
    },
    PubSubLifecycle,
  ],
  exports: [PUB_SUB],
})
export class PubSubModule {}
