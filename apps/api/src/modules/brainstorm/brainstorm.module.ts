import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { BrainstormResolver, ChallengeSessionResolver } from './brainstorm.resolver';
import { BrainstormService } from './brainstorm.service';

@Module({
  imports: [ChallengesModule, AuditModule],
  providers: [BrainstormService, BrainstormResolver, ChallengeSessionResolver],
})
export class BrainstormModule {}
