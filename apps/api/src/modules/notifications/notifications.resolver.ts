import { Args, ID, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationChannel, NotificationTopic, Role } from '@ouimake/domain';
import { requireViewer } from '../../core/auth/policy';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { personal } from '../../core/graphql/shared-execution';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { toComment } from '../comments/comment.mapper';
import { Comment } from '../comments/comment.model';
import { toEvent } from '../events/event.mappers';
import { Event } from '../events/event.model';
import { toIdea } from '../ideas/idea.mapper';
import { Idea } from '../ideas/idea.model';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { contentViewer, EventDrafts, HiddenContent } from '../visibility';
import { NotificationRelay } from './notification-relay.service';
import { toNotification } from './notification.mapper';
import type { NotificationEntity } from './notification.entity';
import { Notification, NotificationConnection, NotificationPreference } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly relay: NotificationRelay,
  ) {}

  @Query(() => NotificationConnection, {
    name: 'notifications',
    description: "The viewer's notifications, newest first.",
  })
  list(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    return this.notifications.page(ctx.viewer, { first, after, unreadOnly }, toNotification);
  }

  @Mutation(() => Int, {
    description:
      'Marks the given notifications read, or all of them when ids is null; returns how many changed.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
  ): Promise<number> {
    return this.notifications.markRead(ctx.viewer, ids);
  }

  @Query(() => [NotificationPreference], { description: "The viewer's channel for each topic." })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return this.notifications.preferences(ctx.viewer);
  }

  @Mutation(() => [NotificationPreference], { description: 'Chooses how to hear about one topic.' })
  async setNotificationPreference(
    @Args('topic', { type: () => NotificationTopic }) topic: NotificationTopic,
    @Args('channel', { type: () => NotificationChannel }) channel: NotificationChannel,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreference[]> {
    const me = requireViewer(ctx.viewer);
    await this.notifications.setPreference(me.id, topic, channel);
    return this.notifications.preferences(me);
  }

  @Mutation(() => Boolean, {
    description: 'Keeps following a challenge but silences its notifications (muted: false undoes it).',
  })
  muteChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Args('muted') muted: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.notifications.mute(ctx.viewer, id, muted);
  }

  @Subscription(() => Notification, {
    description: "The viewer's new notifications.",
    resolve: (n: NotificationEntity) => toNotification(n),
  })
  notificationAdded(@Ctx() ctx: RequestContext): AsyncIterableIterator<NotificationEntity> {
    const me = requireViewer(ctx.viewer);
    return this.relay.listen(me, () => ctx.operation?.socket.close(4403, 'Forbidden'));
  }

  @ResolveField(() => User, { nullable: true })
  async actor(n: Notification, _args: unknown, ctx: RequestContext): Promise<User | null> {
    if (!n.actorId) return null;
    const user = await ctx.loaders.user.load(n.actorId);
    return user ? toUser(user, ctx.viewer) : null;
  }

  @ResolveField(() => Challenge, { nullable: true })
  async challenge(n: Notification, _args: unknown, ctx: RequestContext): Promise<Challenge | null> {
    if (!n.challengeId) return null;
    const challenge = await ctx.loaders.challenge.load(n.challengeId);
    return challenge ? toChallenge(challenge) : null;
  }

  @ResolveField(() => Idea, {
    nullable: true,
    description: 'Null when it has been hidden from the viewer since.',
  })
  idea(n: Notification, _args: unknown, ctx: RequestContext): Promise<Idea | null> {
    return this.visibleIdea(n.ideaId, ctx);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'For IDEA_MERGED: the idea it was merged into.' })
  targetIdea(n: Notification, _args: unknown, ctx: RequestContext): Promise<Idea | null> {
    return this.visibleIdea(n.targetIdeaId, ctx);
  }

  @ResolveField(() => Comment, { nullable: true })
  async comment(n: Notification, _args: unknown, ctx: RequestContext): Promise<Comment | null> {
    if (!n.commentId) return null;
    const comment = await ctx.loaders.comment.load(n.commentId);
    const idea = comment ? await ctx.loaders.idea.load(comment.ideaId) : null;
    const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
    if (!comment || !idea || !challenge) return null;
    const who = await contentViewer(ctx, challenge.projectId);
    return HiddenContent.visible(comment, who) && HiddenContent.visible(idea, who)
      ? toComment(comment)
      : null;
  }

  @ResolveField(() => Event, { nullable: true })
  async event(n: Notification, _args: unknown, ctx: RequestContext): Promise<Event | null> {
    if (!n.eventId) return null;
    const event = await ctx.loaders.event.load(n.eventId);
    if (!event) return null;
    const organizers = await ctx.loaders.eventOrganizers.load(event.id);
    const visible = EventDrafts.visible(event, {
      organizes: organizers.some((o) => o.id === ctx.viewer?.id),
      isAdmin: ctx.viewer?.role === Role.ADMIN,
    });
    return visible ? toEvent(event) : null;
  }

  private async visibleIdea(ideaId: string | null, ctx: RequestContext): Promise<Idea | null> {
    if (!ideaId) return null;
    const idea = await ctx.loaders.idea.load(ideaId);
    const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
    if (!idea || !challenge) return null;
    return HiddenContent.visible(idea, await contentViewer(ctx, challenge.projectId)) ? toIdea(idea) : null;
  }
}

@Resolver(() => Challenge)
export class ChallengeMuteResolver {
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer follows it but silenced its notifications.',
  })
  viewerHasMuted(
    challenge: Challenge,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    if (!ctx.viewer) return false;
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerMuted.load(challenge.id));
  }
}
