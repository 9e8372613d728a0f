import { Args, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActivityKind } from '@ouimake/domain';
import { Ctx } from '../../core/graphql/context.decorator';
import { DomainError } from '../../core/graphql/domain-error';
import type { RequestContext } from '../../core/graphql/request-context';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { ChallengesService } from '../challenges/challenges.service';
import { viewerCurates } from '../challenges/curation';
import { toComment } from '../comments/comment.mapper';
import { toIdea } from '../ideas/idea.mapper';
import type { ActivityEvent } from './activity';
import { ChallengeActivity } from './challenge-activity.model';
import { LiveFanout } from './live-fanout.service';
import { PresenceService } from './presence.service';

@Resolver(() => ChallengeActivity)
export class LiveResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly fanout: LiveFanout,
  ) {}

  @Subscription(() => ChallengeActivity, {
    description:
      'Everything that happens on a challenge, as it happens. Signed-out viewers may watch open challenges.',
    // Run by LiveFanout once per event and audience, with loaders shared by the whole event (and
    // filtered there: hidden content reaches curators and its author only).
    resolve: async (event: ActivityEvent, _args: unknown, ctx: RequestContext) => {
      const [idea, comment, challenge] = await Promise.all([
        event.ideaId ? ctx.loaders.idea.load(event.ideaId) : null,
        event.commentId ? ctx.loaders.comment.load(event.commentId) : null,
        event.kind === ActivityKind.CHALLENGE_UPDATED || event.kind === ActivityKind.SESSION_CHANGED
          ? ctx.loaders.challenge.load(event.challengeId)
          : null,
      ]);
      const activity: ChallengeActivity = {
        kind: event.kind,
        challengeId: event.challengeId,
        at: new Date(event.at),
        presentCount: event.presentCount ?? null,
        idea: idea ? toIdea(idea) : null,
        comment: comment ? toComment(comment) : null,
        challenge: challenge ? toChallenge(challenge) : null,
      };
      return activity;
    },
  })
  async challengeActivity(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AsyncIterableIterator<ActivityEvent>> {
    const challenge = await this.challenges.findVisible(challengeId, ctx.viewer);
    if (!challenge) throw DomainError.notFound('This challenge');
    const curates = await viewerCurates(ctx, challenge.projectId);
    return this.fanout.watch({ challengeId: challenge.id, ctx, curates });
  }
}

@Resolver(() => Challenge)
export class ChallengePresenceResolver {
  constructor(private readonly presence: PresenceService) {}

  @ResolveField(() => Int, {
    description: 'People currently watching this challenge live, over all server instances.',
  })
  presentCount(@Parent() challenge: Challenge): Promise<number> {
    return this.presence.count(challenge.id);
  }
}
