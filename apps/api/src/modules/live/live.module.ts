import { Global, Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { ActivityPublisher } from './activity.publisher';
import { ChallengeLiveAccess } from './challenge-access';
import { ChallengePresenceResolver, LiveResolver } from './live.resolver';
import { PresenceService } from './presence.service';

/** Live activity and presence; the publisher is global so that every feature can announce. */
@Global()
@Module({
  imports: [ChallengesModule],
  providers: [
    ActivityPublisher,
    PresenceService,
    ChallengeLiveAccess,
    LiveResolver,
    ChallengePresenceResolver,
  ],
  exports: [ActivityPublisher, PresenceService],
})
export class LiveModule {}
