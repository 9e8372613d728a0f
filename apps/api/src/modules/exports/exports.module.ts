import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { EventsModule } from '../events/events.module';
import { AccountExportService } from './account-export.service';
import { ChallengeExportService } from './challenge-export.service';
import { EventExportService } from './event-export.service';
import { ExportsController } from './exports.controller';
import { OpenDataService } from './open-data.service';

/** Files out of the board: challenge and event exports, open data, a person's own data. */
@Module({
  imports: [ChallengesModule, EventsModule],
  controllers: [ExportsController],
  providers: [ChallengeExportService, EventExportService, OpenDataService, AccountExportService],
})
export class ExportsModule {}
