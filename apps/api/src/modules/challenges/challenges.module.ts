import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module';
import { AuditModule } from '../audit/audit.module';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';
import { ChallengesLoaders } from './challenges.loaders';
import { JoinCodeLimiter } from './join-code';

@Module({
  imports: [ThemesModule, AuditModule],
  providers: [ChallengesService, ChallengesResolver, ChallengesLoaders, JoinCodeLimiter],
  exports: [ChallengesService],
})
export class ChallengesModule {}
