import { Module } from '@nestjs/common';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

@Module({ providers: [ChallengesService, ChallengesResolver], exports: [ChallengesService] })
export class ChallengesModule {}
