import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toComment } from '../comments/comment.mapper';
import { CommentConnection } from '../comments/comment.model';
import { toIdea } from '../ideas/idea.mapper';
import { IdeaConnection } from '../ideas/idea.model';
import { User } from '../users/user.model';
import { UserActivityService } from './user-activity.service';

/** A person's contributions on their public profile, listed only if they allowed it. */
@Resolver(() => User)
export class UserActivityResolver {
  constructor(private readonly activity: UserActivityService) {}

  @ResolveField(() => IdeaConnection, {
    nullable: true,
    description:
      'Their ideas, newest first, as the viewer may see them; null unless they allowed their profile to list them (themself and admins always).',
  })
  async ideas(
    @Parent() user: User,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<IdeaConnection | null> {
    if (!this.activity.readable(ctx.viewer, user.id, user.activityPublic)) return null;
    return this.activity.ideas(ctx.viewer, user.id, { first, after }, toIdea);
  }

  @ResolveField(() => CommentConnection, {
    nullable: true,
    description:
      'Their comments, newest first, as the viewer may see them; null unless they allowed their profile to list them (themself and admins always).',
  })
  async comments(
    @Parent() user: User,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CommentConnection | null> {
    if (!this.activity.readable(ctx.viewer, user.id, user.activityPublic)) return null;
    return this.activity.comments(ctx.viewer, user.id, { first, after }, toComment);
  }
}
