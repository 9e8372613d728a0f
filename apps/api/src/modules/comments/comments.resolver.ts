import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toIdea } from '../ideas/idea.mapper';
import { Idea } from '../ideas/idea.model';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { toComment } from './comment.mapper';
import { Comment } from './comment.model';
import { CommentsService } from './comments.service';
import { contentViewer, HiddenContent } from '../visibility';
import { AddCommentInput } from './dto/add-comment.input';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly commentsService: CommentsService) {}

  @Mutation(() => Comment)
  async addComment(@Args('input') input: AddCommentInput, @Ctx() ctx: RequestContext): Promise<Comment> {
    return toComment(await this.commentsService.add(ctx.viewer, input));
  }

  @Mutation(() => ID, { description: 'The author; returns its id.' })
  deleteComment(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.commentsService.delete(ctx.viewer, id);
  }

  @ResolveField(() => Idea)
  async idea(comment: Comment, _args: unknown, ctx: RequestContext): Promise<Idea> {
    const idea = await ctx.loaders.idea.load(comment.ideaId);
    if (!idea) throw new Error(`Comment ${comment.id} has no idea`);
    return toIdea(idea);
  }

  @ResolveField(() => User)
  async author(comment: Comment, _args: unknown, ctx: RequestContext): Promise<User> {
    const author = await ctx.loaders.user.load(comment.authorId);
    if (!author) throw new Error(`Comment ${comment.id} has no author`);
    return toUser(author, ctx.viewer);
  }

  @ResolveField(() => Comment, { nullable: true })
  async parent(comment: Comment, _args: unknown, ctx: RequestContext): Promise<Comment | null> {
    if (!comment.parentId) return null;
    const parent = await ctx.loaders.comment.load(comment.parentId);
    if (!parent) return null;
    if (parent.hidden) {
      const idea = await ctx.loaders.idea.load(parent.ideaId);
      const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
      if (!challenge || !HiddenContent.visible(parent, await contentViewer(ctx, challenge.projectId)))
        return null;
    }
    return toComment(parent);
  }
}
