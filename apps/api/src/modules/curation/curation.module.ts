import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { IdeasModule } from '../ideas/ideas.module';
import { CurationLoaders } from './curation.loaders';
import {
  ChallengeResourcesResolver,
  CommentCurationResolver,
  CurationResolver,
  ReportsResolver,
  ResourcesResolver,
} from './curation.resolver';
import { CurationService } from './curation.service';
import { ReportsService } from './reports.service';
import { ResourcesService } from './resources.service';

/** Curation and moderation: statuses, merges, hiding, reports and a challenge's resources. */
@Module({
  imports: [ChallengesModule, IdeasModule, AuditModule],
  providers: [
    CurationService,
    ReportsService,
    ResourcesService,
    CurationLoaders,
    CurationResolver,
    CommentCurationResolver,
    ReportsResolver,
    ResourcesResolver,
    ChallengeResourcesResolver,
  ],
  exports: [CurationService],
})
export class CurationModule {}
