import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

@Module({
  imports: [ThemesModule],
  providers: [ChallengesService, ChallengesResolver],
  exports: [ChallengesService],
})
export class ChallengesModule {}
