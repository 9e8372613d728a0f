import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeOrder } from '@ouimake/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { personal } from '../../core/graphql/shared-execution';
import { ChallengeConnection } from '../challenges/challenge.model';
import { toChallenge } from '../challenges/challenge.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { User } from '../users/user.model';
import { toUser } from '../users/user.mapper';
import { toProject } from './project.mapper';
import { Project, ProjectConnection } from './project.model';
import { ProjectsService } from './projects.service';
import { CreateProjectInput, UpdateProjectInput } from './dto/project.inputs';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly projectsService: ProjectsService,
    private readonly challengesService: ChallengesService,
  ) {}

  @Query(() => Project, { nullable: true })
  async project(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { type: () => String, nullable: true }) slug?: string,
  ): Promise<Project | null> {
    const entity = await this.projectsService.findOne(id, slug);
    return entity ? toProject(entity) : null;
  }

  @Query(() => ProjectConnection)
  projects(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('city', { type: () => String, nullable: true }) city?: string,
  ): Promise<ProjectConnection> {
    return this.projectsService.page({ first, after, city }, toProject);
  }

  @ResolveField(() => [User])
  async holders(project: Project, _args: unknown, ctx: RequestContext): Promise<User[]> {
    const holders = await ctx.loaders.projectHolders.load(project.id);
    return holders.map((u) => toUser(u, ctx.viewer));
  }

  @ResolveField(() => ChallengeConnection)
  challenges(
    @Parent() project: Project,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ChallengeConnection> {
    return this.challengesService.page(
      { first, after, filter: { projectId: project.id }, orderBy: ChallengeOrder.NEWEST },
      ctx.viewer,
      toChallenge,
    );
  }

  @ResolveField(() => Boolean)
  viewerIsHolder(
    project: Project,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerHolds.load(project.id));
  }

  @Mutation(() => Project, { description: 'The creator becomes its first holder.' })
  async createProject(
    @Args('input') input: CreateProjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Project> {
    return toProject(await this.projectsService.create(ctx.viewer, input));
  }

  @Mutation(() => Project)
  async updateProject(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Project> {
    return toProject(await this.projectsService.update(ctx.viewer, id, input));
  }

  @Mutation(() => Project)
  async addProjectHolder(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Project> {
    return toProject(await this.projectsService.addHolder(ctx.viewer, projectId, userId));
  }
}
