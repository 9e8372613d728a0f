import { Args, ID, Int, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActivityKind } from '@ouimake/domain';
import { AppConfig } from '../../config/config';
import { Ctx } from '../../core/graphql/context.decorator';
import { DomainError } from '../../core/graphql/domain-error';
import type { RequestContext } from '../../core/graphql/request-context';
import { LiveFanout } from '../../core/live/live-fanout';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { ChallengesService } from '../challenges/challenges.service';
import { toComment } from '../comments/comment.mapper';
import { toIdea } from '../ideas/idea.mapper';
import { viewerCurates } from '../visibility';
import { challengeChannel, type ActivityEvent } from './activity';
import { ChallengeLiveAccess } from './challenge-access';
import { ChallengeActivity } from './challenge-activity.model';
import { PresenceService } from './presence.service';

/** What an event of each kind carries besides its kind; a new kind not listed here fails the typecheck. */
function carries(kind: ActivityKind): { idea: boolean; comment: boolean; challenge: boolean } {
  switch (kind) {
    case ActivityKind.IDEA_PROPOSED:
    case ActivityKind.IDEA_UPDATED:
    case ActivityKind.VOTES_CHANGED:
      return { idea: true, comment: false, challenge: false };
    case ActivityKind.COMMENT_ADDED:
      return { idea: true, comment: true, challenge: false };
    case ActivityKind.CHALLENGE_UPDATED:
    case ActivityKind.SESSION_CHANGED:
      return { idea: false, comment: false, challenge: true };
    case ActivityKind.PRESENCE_CHANGED:
      return { idea: false, comment: false, challenge: false };
    // Removals name what left the view (ideaId, commentId) and carry the counts that changed, never
    // what was removed.
    case ActivityKind.IDEA_REMOVED:
      return { idea: false, comment: false, challenge: true };
    case ActivityKind.COMMENT_REMOVED:
      return { idea: true, comment: false, challenge: false };
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown activity kind ${String(unknown)}`);
    }
  }
}

@Resolver(() => ChallengeActivity)
export class LiveResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly fanout: LiveFanout,
    private readonly access: ChallengeLiveAccess,
    private readonly presence: PresenceService,
    private readonly config: AppConfig,
  ) {}

  @Subscription(() => ChallengeActivity, {
    description:
      'Everything that happens on a challenge, as it happens. Signed-out viewers may watch open challenges.',
    // Run by LiveFanout once per event and audience, with loaders shared by the whole event, after
    // the visibility rules chose who receives it.
    resolve: async (event: ActivityEvent, _args: unknown, ctx: RequestContext) => {
      const wanted = carries(event.kind);
      const [idea, comment, challenge] = await Promise.all([
        wanted.idea && event.ideaId ? ctx.loaders.idea.load(event.ideaId) : null,
        wanted.comment && event.commentId ? ctx.loaders.comment.load(event.commentId) : null,
        wanted.challenge ? ctx.loaders.challenge.load(event.challengeId) : null,
      ]);
      const activity: ChallengeActivity = {
        kind: event.kind,
        challengeId: event.challengeId,
        at: new Date(event.at),
        presentCount: event.presentCount ?? null,
        catchUp: event.catchUp ?? false,
        ideaId: event.ideaId ?? null,
        commentId: event.commentId ?? null,
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
    return this.fanout.watch({
      channel: challengeChannel(this.config.redisPrefix, challenge.id),
      ctx,
      grant: { projectId: challenge.projectId, curates: await viewerCurates(ctx, challenge.projectId) },
      access: this.access.forChallenge(challenge.projectId),
      presence: this.presence.of(challenge.id),
      // Who is here now: the page knows its subscription is live, and catches up from there.
      welcome: async () => ({
        kind: ActivityKind.PRESENCE_CHANGED,
        challengeId: challenge.id,
        presentCount: await this.presence.count(challenge.id),
        at: new Date().toISOString(),
        catchUp: true,
      }),
      // Counts are read when delivered: a burst of votes on an idea, or of arrivals, waiting for
      // its turn is shown once, as it stands then.
      merge: (event) =>
        event.kind === ActivityKind.VOTES_CHANGED && event.ideaId
          ? `votes:${event.ideaId}`
          : event.kind === ActivityKind.PRESENCE_CHANGED
            ? 'presence'
            : null,
    });
  }
}

@Resolver(() => Challenge)
export class ChallengePresenceResolver {
  constructor(private readonly presence: PresenceService) {}

  @ResolveField(() => Int, {
    description: 'People currently watching this challenge live, over all server instances.',
  })
  presentCount(challenge: Challenge): Promise<number> {
    return this.presence.count(challenge.id);
  }
}
