import { Global, Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { ActivityPublisher } from './activity.publisher';
import { LiveFanout } from './live-fanout.service';
import { ChallengePresenceResolver, LiveResolver } from './live.resolver';
import { PresenceService } from './presence.service';

/** Live activity and presence; the publisher is global so that every feature can announce. */
@Global()
@Module({
  imports: [ChallengesModule],
  providers: [ActivityPublisher, PresenceService, LiveFanout, LiveResolver, ChallengePresenceResolver],
  exports: [ActivityPublisher, PresenceService],
})
export class LiveModule {}
