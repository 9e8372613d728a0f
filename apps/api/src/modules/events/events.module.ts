import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { EventsLoaders } from './events.loaders';
import {
  AgendaItemsResolver,
  ChallengeEventsResolver,
  EventsResolver,
  IdeaTimelineEntryResolver,
  IdeaVenueResolver,
  RegistrationsResolver,
  VenuePresenceResolver,
  VenuesResolver,
} from './events.resolver';
import { EventsService } from './events.service';
import { PresenceByVenue } from './presence-by-venue.service';
import { RegistrationsService } from './registrations.service';

/** Follow-up events: venues in several cities, agenda, registrations and waitlists, calendars. */
@Module({
  imports: [ChallengesModule, AuditModule],
  controllers: [CalendarController],
  providers: [
    EventsService,
    RegistrationsService,
    CalendarService,
    PresenceByVenue,
    EventsLoaders,
    EventsResolver,
    RegistrationsResolver,
    VenuesResolver,
    AgendaItemsResolver,
    ChallengeEventsResolver,
    VenuePresenceResolver,
    IdeaVenueResolver,
    IdeaTimelineEntryResolver,
  ],
  exports: [EventsService, RegistrationsService, CalendarService],
})
export class EventsModule {}
