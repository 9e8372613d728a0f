import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { BrainstormResolver, ChallengeRoundResolver } from './brainstorm.resolver';
import { BrainstormService } from './brainstorm.service';
import { BrainstormLoaders } from './brainstorm.loaders';

@Module({
  imports: [ChallengesModule, AuditModule],
  providers: [BrainstormService, BrainstormLoaders, BrainstormResolver, ChallengeRoundResolver],
})
export class BrainstormModule {}
