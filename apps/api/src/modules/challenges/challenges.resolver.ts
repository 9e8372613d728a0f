import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeOrder } from '@ouimake/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { personal } from '../../core/graphql/shared-execution';
import { Project } from '../projects/project.model';
import { toProject } from '../projects/project.mapper';
import { Theme } from '../themes/theme.model';
import { toTheme } from '../themes/theme.mapper';
import { User } from '../users/user.model';
import { toUser } from '../users/user.mapper';
import { toChallenge } from './challenge.mapper';
import { Challenge, ChallengeConnection } from './challenge.model';
import { ChallengesService } from './challenges.service';
import { viewerCurates } from '../visibility';
import { ChallengeFilter } from './dto/challenge-filter.input';
import { CreateChallengeInput, UpdateChallengeInput } from './dto/challenge.inputs';

@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(private readonly challengesService: ChallengesService) {}

  @Query(() => Challenge, { nullable: true })
  async challenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge | null> {
    const entity = await this.challengesService.findVisible(id, ctx.viewer);
    return entity ? toChallenge(entity) : null;
  }

  @Query(() => Challenge, {
    nullable: true,
    description:
      'The challenge a join code opens (case, spaces and dashes ignored), or null when no challenge the viewer may see has it. Unknown codes count per client address: RATE_LIMITED past 60 in 15 minutes.',
  })
  async challengeByJoinCode(
    @Args('code') code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge | null> {
    const entity = await this.challengesService.findVisibleByJoinCode(code, ctx.viewer, ctx.clientAddress);
    return entity ? toChallenge(entity) : null;
  }

  @Query(() => ChallengeConnection)
  challenges(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => ChallengeFilter, nullable: true }) filter?: ChallengeFilter,
    @Args('orderBy', { type: () => ChallengeOrder, nullable: true }) orderBy?: ChallengeOrder,
  ): Promise<ChallengeConnection> {
    return this.challengesService.page({ first, after, filter, orderBy }, ctx.viewer, toChallenge);
  }

  @ResolveField(() => Project)
  async project(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<Project> {
    const project = await ctx.loaders.project.load(challenge.projectId);
    if (!project) throw new Error(`Challenge ${challenge.id} has no project ${challenge.projectId}`);
    return toProject(project);
  }

  @ResolveField(() => User)
  async author(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<User> {
    const author = await ctx.loaders.user.load(challenge.authorId);
    if (!author) throw new Error(`Challenge ${challenge.id} has no author ${challenge.authorId}`);
    return toUser(author, ctx.viewer);
  }

  @ResolveField(() => [Theme])
  async themes(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<Theme[]> {
    const themes = await ctx.loaders.challengeThemes.load(challenge.id);
    return themes.map((t) => toTheme(t, ctx.locale));
  }

  @ResolveField(() => Boolean)
  viewerIsFollowing(
    challenge: Challenge,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerFollows.load(challenge.id));
  }

  @ResolveField(() => Boolean, { description: "True for the project's holders, facilitators and admins." })
  viewerCanCurate(challenge: Challenge, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return viewerCurates(ctx, challenge.projectId);
  }

  @Mutation(() => Challenge, { description: 'Holders of the project.' })
  async createChallenge(
    @Args('input') input: CreateChallengeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.create(ctx.viewer, input));
  }

  @Mutation(() => Challenge)
  async updateChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateChallengeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.update(ctx.viewer, id, input));
  }

  @Mutation(() => Challenge)
  async publishChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.publish(ctx.viewer, id));
  }

  @Mutation(() => Challenge, { description: 'Holders, facilitators and admins.' })
  async closeChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
    @Args('outcome', { type: () => String, nullable: true }) outcome?: string,
    @Args('selectedIdeaIds', {
      type: () => [ID],
      nullable: true,
      description: 'Ideas of this challenge retained in its outcome: they become SELECTED.',
    })
    selectedIdeaIds?: string[],
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.close(ctx.viewer, id, outcome, selectedIdeaIds ?? []));
  }

  @Mutation(() => Challenge)
  async reopenChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.reopen(ctx.viewer, id));
  }

  @Mutation(() => Challenge)
  async followChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.follow(ctx.viewer, id, true));
  }

  @Mutation(() => Challenge)
  async unfollowChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.challengesService.follow(ctx.viewer, id, false));
  }
}
