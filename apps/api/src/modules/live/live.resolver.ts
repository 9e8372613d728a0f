import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActivityKind } from '@ouimake/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import { AppConfig } from '../../config/config';
import { Ctx } from '../../core/graphql/context.decorator';
import { DomainError } from '../../core/graphql/domain-error';
import type { RequestContext } from '../../core/graphql/request-context';
import { PUB_SUB } from '../../core/pubsub/pubsub.module';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { ChallengesService } from '../challenges/challenges.service';
import { viewerCurates } from '../challenges/curation';
import { toComment } from '../comments/comment.mapper';
import { toIdea } from '../ideas/idea.mapper';
import { challengeChannel, type ActivityEvent } from './activity';
import { ChallengeActivity } from './challenge-activity.model';
import { HEARTBEAT_MS, PresenceService } from './presence.service';

/** What one subscriber may receive, decided once when it subscribes. */
interface Watcher {
  viewerId: string | null;
  curates: boolean;
}

type LiveContext = RequestContext & { watchers?: Map<string, Watcher> };

/**
 * The events of one channel as an async iterator that subscribes first, then counts the watcher as
 * present (so that it hears its own arrival), heartbeats while open, and leaves when the
 * subscription ends (client stop or disconnect).
 */
async function watchChannel(
  pubsub: PubSubEngine,
  channel: string,
  presence: PresenceService,
  challengeId: string,
  member: string,
): Promise<AsyncIterableIterator<ActivityEvent>> {
  const queue: ActivityEvent[] = [];
  const waiting: ((r: IteratorResult<ActivityEvent>) => void)[] = [];
  let open = true;
  const subscription = await pubsub.subscribe(
    channel,
    (event: ActivityEvent) => {
      const resolve = waiting.shift();
      if (resolve) resolve({ value: event, done: false });
      else queue.push(event);
    },
    {},
  );
  await presence.join(challengeId, member);
  const heartbeat = setInterval(() => void presence.heartbeat(challengeId, member), HEARTBEAT_MS);
  heartbeat.unref();
  const end = async (): Promise<IteratorResult<ActivityEvent>> => {
    if (open) {
      open = false;
      clearInterval(heartbeat);
      pubsub.unsubscribe(subscription);
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      await presence.leave(challengeId, member);
    }
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<ActivityEvent> = {
    next: () => {
      if (!open) return Promise.resolve({ value: undefined, done: true });
      const queued = queue.shift();
      if (queued) return Promise.resolve({ value: queued, done: false });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: end,
    throw: async (error?: unknown) => {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

@Resolver(() => ChallengeActivity)
export class LiveResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly config: AppConfig,
    private readonly challenges: ChallengesService,
    private readonly presence: PresenceService,
  ) {}

  @Subscription(() => ChallengeActivity, {
    description:
      'Everything that happens on a challenge, as it happens. Signed-out viewers may watch open challenges.',
    // Hidden content reaches curators and its author only; decided from the event, with no query.
    filter: (event: ActivityEvent, _args: unknown, ctx: LiveContext) => {
      const watcher = ctx.watchers?.get(event.challengeId);
      if (!watcher) return false;
      if (!event.hidden) return true;
      return watcher.curates || (watcher.viewerId !== null && watcher.viewerId === event.authorId);
    },
    resolve: async (event: ActivityEvent, _args: unknown, ctx: LiveContext) => {
      // Each event is read fresh: nothing cached from an earlier one.
      Object.values(ctx.loaders).forEach((loader) => loader.clearAll());
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
    @Ctx() ctx: LiveContext,
  ): Promise<AsyncIterableIterator<ActivityEvent>> {
    const challenge = await this.challenges.findVisible(challengeId, ctx.viewer);
    if (!challenge) throw DomainError.notFound('This challenge');
    ctx.watchers ??= new Map();
    ctx.watchers.set(challenge.id, {
      viewerId: ctx.viewer?.id ?? null,
      curates: await viewerCurates(ctx, challenge.projectId),
    });
    const member = ctx.viewer ? `user:${ctx.viewer.id}` : `anon:${randomUUID()}`;
    const channel = challengeChannel(this.config.redisPrefix, challenge.id);
    return watchChannel(this.pubsub, channel, this.presence, challenge.id, member);
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
