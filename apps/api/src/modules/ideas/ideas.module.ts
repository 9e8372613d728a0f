import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { CommentsResolver } from '../comments/comments.resolver';
import { CommentsService } from '../comments/comments.service';
import { VotesService } from '../votes/votes.service';
import { ChallengeIdeasResolver, IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';
import { IdeasLoaders } from './ideas.loaders';

/** Ideas with their votes and comments: one module, as they share the challenge's locking order. */
@Module({
  imports: [ChallengesModule],
  providers: [
    IdeasService,
    IdeasLoaders,
    VotesService,
    CommentsService,
    IdeasResolver,
    ChallengeIdeasResolver,
    CommentsResolver,
  ],
  exports: [IdeasService],
})
export class IdeasModule {}
