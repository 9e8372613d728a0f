import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { AppConfig } from '../../config/config';
import { PUB_SUB } from '../../core/pubsub/pubsub.module';
import { challengeChannel, type ActivityEvent } from './activity';

/**
 * Publishes what happened on a challenge, after the transaction that did it committed. A PubSub
 * outage never fails the mutation: the event is logged as lost and live views catch up on refetch.
 */
@Injectable()
export class ActivityPublisher {
  private readonly logger = new Logger('Activity');

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly config: AppConfig,
  ) {}

  async publish(event: Omit<ActivityEvent, 'at'>): Promise<void> {
    try {
      await this.pubsub.publish(challengeChannel(this.config.redisPrefix, event.challengeId), {
        ...event,
        at: new Date().toISOString(),
      });
    } catch (e) {
      this.logger.warn(
        `Live event ${event.kind} on ${event.challengeId} not delivered: ${(e as Error).message}`,
      );
    }
  }
}
