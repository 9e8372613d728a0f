import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';
import { ProjectsLoaders } from './projects.loaders';

@Module({
  imports: [ChallengesModule],
  providers: [ProjectsService, ProjectsResolver, ProjectsLoaders],
  exports: [ProjectsService],
})
export class ProjectsModule {}
