import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { NotificationMails } from './notification-mails.service';
import { NotificationRelay } from './notification-relay.service';
import { ChallengeMuteResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** In-app notifications (written in the act's transaction), live delivery, their emails and digests. */
@Module({
  imports: [EventsModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsService,
    NotificationRelay,
    NotificationMails,
    NotificationsResolver,
    ChallengeMuteResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
