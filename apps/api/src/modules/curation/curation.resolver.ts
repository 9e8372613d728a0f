import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaStatus, ReportStatus } from '@ouimake/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { personal } from '../../core/graphql/shared-execution';
import { Challenge } from '../challenges/challenge.model';
import { Comment } from '../comments/comment.model';
import { toComment } from '../comments/comment.mapper';
import { Idea } from '../ideas/idea.model';
import { toIdea } from '../ideas/idea.mapper';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { contentViewer, HiddenContent } from '../visibility';
import { toReport, toResource } from './curation.mappers';
import { CurationService } from './curation.service';
import { Report, ReportConnection } from './report.model';
import { ReportsService } from './reports.service';
import { Resource } from './resource.model';
import { ResourcesService } from './resources.service';

@Resolver(() => Idea)
export class CurationResolver {
  constructor(private readonly curation: CurationService) {}

  @Mutation(() => Idea, {
    description: 'Curators. PROPOSED, SHORTLISTED or SELECTED (MERGED comes from mergeIdeas).',
  })
  async setIdeaStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => IdeaStatus }) status: IdeaStatus,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return toIdea(await this.curation.setIdeaStatus(ctx.viewer, id, status));
  }

  @Mutation(() => Idea, {
    description:
      'Curators. The source becomes MERGED into the target; each voter’s vote moves to the target once. Returns the target.',
  })
  async mergeIdeas(
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return toIdea(await this.curation.merge(ctx.viewer, sourceId, targetId));
  }

  @Mutation(() => Idea, {
    description: 'Curators. Participants and visitors no longer see it; its author sees why.',
  })
  async hideIdea(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return toIdea(await this.curation.hideIdea(ctx.viewer, id, reason));
  }

  @Mutation(() => Idea, { description: 'Curators.' })
  async unhideIdea(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Idea> {
    return toIdea(await this.curation.unhideIdea(ctx.viewer, id));
  }

  @Mutation(() => Comment, { description: 'Curators.' })
  async hideComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Comment> {
    return toComment(await this.curation.hideComment(ctx.viewer, id, reason));
  }

  @Mutation(() => Comment, { description: 'Curators.' })
  async unhideComment(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Comment> {
    return toComment(await this.curation.unhideComment(ctx.viewer, id));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has reported this idea (false signed out).',
  })
  viewerHasReported(
    idea: Idea,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerReportedIdea.load(idea.id));
  }
}

@Resolver(() => Comment)
export class CommentCurationResolver {
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has reported this comment (false signed out).',
  })
  viewerHasReported(
    comment: Comment,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerReportedComment.load(comment.id));
  }
}

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly reportsService: ReportsService) {}

  @Query(() => ReportConnection, { description: 'Facilitators and admins: the report queue, oldest first.' })
  reports(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('status', { type: () => [ReportStatus], nullable: true }) status?: ReportStatus[],
  ): Promise<ReportConnection> {
    return this.reportsService.page(ctx.viewer, { first, after, status }, toReport);
  }

  @Mutation(() => Report, { description: 'Signed in. Once per person and idea.' })
  async reportIdea(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Report> {
    return toReport(await this.reportsService.reportIdea(ctx.viewer, id, reason));
  }

  @Mutation(() => Report, { description: 'Signed in. Once per person and comment.' })
  async reportComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Report> {
    return toReport(await this.reportsService.reportComment(ctx.viewer, id, reason));
  }

  @Mutation(() => Report, {
    description: 'Facilitators and admins. hide: true hides the content (ACTIONED), false dismisses.',
  })
  async resolveReport(
    @Args('id', { type: () => ID }) id: string,
    @Args('hide') hide: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Report> {
    return toReport(await this.reportsService.resolve(ctx.viewer, id, hide));
  }

  @ResolveField(() => User)
  async reporter(report: Report, _args: unknown, ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(report.reporterId);
    if (!user) throw new Error(`Report ${report.id} has no reporter`);
    return toUser(user, ctx.viewer);
  }

  @ResolveField(() => User, { nullable: true })
  async resolvedBy(report: Report, _args: unknown, ctx: RequestContext): Promise<User | null> {
    if (!report.resolvedById) return null;
    const user = await ctx.loaders.user.load(report.resolvedById);
    return user ? toUser(user, ctx.viewer) : null;
  }

  // Reports are read by facilitators and admins, who curate every challenge: the visibility rules
  // still decide, so that nothing reaches anyone else through this type.
  @ResolveField(() => Idea, { nullable: true })
  async idea(report: Report, _args: unknown, ctx: RequestContext): Promise<Idea | null> {
    if (!report.ideaId) return null;
    const idea = await ctx.loaders.idea.load(report.ideaId);
    const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
    if (!idea || !challenge) return null;
    return HiddenContent.visible(idea, await contentViewer(ctx, challenge.projectId)) ? toIdea(idea) : null;
  }

  @ResolveField(() => Comment, { nullable: true })
  async comment(report: Report, _args: unknown, ctx: RequestContext): Promise<Comment | null> {
    if (!report.commentId) return null;
    const comment = await ctx.loaders.comment.load(report.commentId);
    const idea = comment ? await ctx.loaders.idea.load(comment.ideaId) : null;
    const challenge = idea ? await ctx.loaders.challenge.load(idea.challengeId) : null;
    if (!comment || !idea || !challenge) return null;
    return HiddenContent.visible(comment, await contentViewer(ctx, challenge.projectId))
      ? toComment(comment)
      : null;
  }
}

@Resolver(() => Resource)
export class ResourcesResolver {
  constructor(private readonly resources: ResourcesService) {}

  @Mutation(() => Resource, { description: "Curators. Adds a link to the challenge's resources." })
  async addResource(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('title') title: string,
    @Args('url') url: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Resource> {
    return toResource(await this.resources.add(ctx.viewer, challengeId, title, url));
  }

  @Mutation(() => ID, { description: 'Curators. Returns its id.' })
  removeResource(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.resources.remove(ctx.viewer, id);
  }

  @ResolveField(() => User)
  async addedBy(resource: Resource, _args: unknown, ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(resource.addedById);
    if (!user) throw new Error(`Resource ${resource.id} has no author`);
    return toUser(user, ctx.viewer);
  }
}

@Resolver(() => Challenge)
export class ChallengeResourcesResolver {
  @ResolveField(() => [Resource], {
    description: 'Links worth reading before contributing: toolkits, studies, earlier attempts.',
  })
  async resources(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<Resource[]> {
    return (await ctx.loaders.challengeResources.load(challenge.id)).map(toResource);
  }
}
