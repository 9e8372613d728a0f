import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeOrder } from '@ouimake/domain';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { ChallengeConnection } from '../challenges/challenge.model';
import { toChallenge } from '../challenges/challenge.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { User } from '../users/user.model';
import { toUser } from '../users/user.mapper';
import { toProject } from './project.mapper';
import { Project, ProjectConnection } from './project.model';
import { ProjectsService } from './projects.service';

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
  async holders(@Parent() project: Project, @Ctx() ctx: RequestContext): Promise<User[]> {
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
}
