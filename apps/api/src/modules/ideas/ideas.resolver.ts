import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaOrder, IdeaStatus, LIMITS } from '@ouimake/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import { DomainError } from '../../core/graphql/domain-error';
import type { RequestContext } from '../../core/graphql/request-context';
import { personal } from '../../core/graphql/shared-execution';
import { pageSize } from '../../core/pagination/keyset';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { ChallengesService } from '../challenges/challenges.service';
import { BlindCounts, contentViewer, HiddenContent } from '../visibility';
import { CommentConnection } from '../comments/comment.model';
import { toComment } from '../comments/comment.mapper';
import { CommentsService } from '../comments/comments.service';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { VotesService, type VoteResult } from '../votes/votes.service';
import { ProposeIdeaInput, UpdateIdeaInput } from './dto/idea.inputs';
import { toIdea } from './idea.mapper';
import { Idea, IdeaConnection as IdeaConnectionType } from './idea.model';
import { IdeasService, type IdeaAudience } from './ideas.service';
import { DataSource } from 'typeorm';
import { ideaTimeline, IdeaTimelineEntry } from './idea-timeline';

@Resolver(() => Idea)
export class IdeasResolver {
  constructor(
    private readonly ideasService: IdeasService,
    private readonly votesService: VotesService,
    private readonly commentsService: CommentsService,
    private readonly challengesService: ChallengesService,
    private readonly db: DataSource,
  ) {}

  @Query(() => Idea, { nullable: true })
  async idea(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Idea | null> {
    const idea = await this.ideasService.findVisible(id, ctx.viewer);
    return idea ? toIdea(idea) : null;
  }

  @Query(() => IdeaConnectionType, {
    description:
      "The viewer's own ideas, newest first, whatever became of them (hidden and merged ones too).",
  })
  myIdeas(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<IdeaConnectionType> {
    return this.ideasService.pageOfAuthor(ctx.viewer, { first, after }, toIdea);
  }

  @ResolveField(() => [IdeaTimelineEntry], {
    description:
      'What became of it, oldest first: proposed, shortlisted, merged, on an agenda, selected, closed.',
  })
  async timeline(idea: Idea): Promise<IdeaTimelineEntry[]> {
    return ideaTimeline(this.db, idea);
  }

  @Query(() => [Idea], {
    description: 'Ideas of an open challenge close to a text being typed, for duplicate hints. At most 10.',
  })
  async similarIdeas(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('text') text: string,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<Idea[]> {
    const limit = Math.min(pageSize(first ?? 5), 10);
    if ([...text].length > LIMITS.idea.titleMax + LIMITS.idea.bodyMax) {
      throw DomainError.badInput('text', 'This text is too long to compare.');
    }
    const challenge = await this.challengesService.findVisible(challengeId, ctx.viewer);
    if (!challenge || text.trim().length < 3) return [];
    const audience = await this.audience(ctx, challenge.projectId);
    return (await this.ideasService.similarTo(challenge.id, text.trim(), audience, limit)).map(toIdea);
  }

  @Mutation(() => Idea)
  async proposeIdea(@Args('input') input: ProposeIdeaInput, @Ctx() ctx: RequestContext): Promise<Idea> {
    return toIdea(await this.ideasService.propose(ctx.viewer, input));
  }

  @Mutation(() => Idea, { description: 'The author, while the challenge is open.' })
  async updateIdea(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateIdeaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return toIdea(await this.ideasService.update(ctx.viewer, id, input));
  }

  @Mutation(() => ID, {
    description: 'The author withdraws an idea that has no votes from others; returns its id.',
  })
  withdrawIdea(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.ideasService.withdraw(ctx.viewer, id);
  }

  @Mutation(() => Idea, { description: 'Idempotent: voting again for the same idea changes nothing.' })
  async vote(@Args('ideaId', { type: () => ID }) ideaId: string, @Ctx() ctx: RequestContext): Promise<Idea> {
    return answer(ctx, await this.votesService.vote(ctx.viewer, ideaId));
  }

  @Mutation(() => Idea, { description: 'Idempotent.' })
  async unvote(
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return answer(ctx, await this.votesService.unvote(ctx.viewer, ideaId));
  }

  @ResolveField(() => Challenge)
  async challenge(idea: Idea, _args: unknown, ctx: RequestContext): Promise<Challenge> {
    const challenge = await ctx.loaders.challenge.load(idea.challengeId);
    if (!challenge) throw new Error(`Idea ${idea.id} has no challenge`);
    return toChallenge(challenge);
  }

  @ResolveField(() => User)
  async author(idea: Idea, _args: unknown, ctx: RequestContext): Promise<User> {
    const author = await ctx.loaders.user.load(idea.authorId);
    if (!author) throw new Error(`Idea ${idea.id} has no author`);
    return toUser(author, ctx.viewer);
  }

  @ResolveField(() => Idea, { nullable: true })
  async mergedInto(idea: Idea, _args: unknown, ctx: RequestContext): Promise<Idea | null> {
    if (!idea.mergedIntoId) return null;
    const target = await ctx.loaders.idea.load(idea.mergedIntoId);
    if (!target) return null;
    if (target.hidden) {
      const challenge = await ctx.loaders.challenge.load(target.challengeId);
      if (!challenge || !HiddenContent.visible(target, await contentViewer(ctx, challenge.projectId)))
        return null;
    }
    return toIdea(target);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Null while blind voting hides counts from this viewer.',
  })
  async voteCount(idea: Idea, _args: unknown, ctx: RequestContext): Promise<number | null> {
    const challenge = await ctx.loaders.challenge.load(idea.challengeId);
    if (!challenge) return null;
    if (BlindCounts.hidden(challenge, await contentViewer(ctx, challenge.projectId))) return null;
    return idea.storedVoteCount;
  }

  @ResolveField(() => Boolean)
  viewerHasVoted(
    idea: Idea,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> {
    return personal(ctx, info, (_viewer, loaders) => loaders.viewerVoted.load(idea.id));
  }

  @ResolveField(() => CommentConnection)
  async comments(
    @Parent() idea: Idea,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CommentConnection> {
    const challenge = await ctx.loaders.challenge.load(idea.challengeId);
    const audience = await this.audience(ctx, challenge?.projectId ?? '');
    return this.commentsService.page(idea.id, { first, after }, audience, toComment);
  }

  @ResolveField(() => [Idea], {
    description: 'Ideas of the same challenge whose text is close to this one (duplicate hints).',
  })
  async similar(
    @Parent() idea: Idea,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<Idea[]> {
    const limit = Math.min(pageSize(first ?? 5), 10);
    const challenge = await ctx.loaders.challenge.load(idea.challengeId);
    if (!challenge) return [];
    const audience = await this.audience(ctx, challenge.projectId);
    const text = `${idea.title} ${idea.body}`;
    return (await this.ideasService.similarTo(challenge.id, text, audience, limit, idea.id)).map(toIdea);
  }

  private audience(ctx: RequestContext, projectId: string): Promise<IdeaAudience> {
    return contentViewer(ctx, projectId);
  }
}

/** The ideas of a challenge, and the viewer's remaining votes there. */
@Resolver(() => Challenge)
export class ChallengeIdeasResolver {
  constructor(private readonly ideasService: IdeasService) {}

  @ResolveField(() => IdeaConnectionType)
  async ideas(
    @Parent() challenge: Challenge,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('orderBy', { type: () => IdeaOrder, nullable: true }) orderBy?: IdeaOrder,
    @Args('status', { type: () => [IdeaStatus], nullable: true }) status?: IdeaStatus[],
  ): Promise<IdeaConnectionType> {
    const entity = await ctx.loaders.challenge.load(challenge.id);
    if (!entity) throw new Error(`Challenge ${challenge.id} vanished`);
    const audience = await contentViewer(ctx, challenge.projectId);
    return this.ideasService.page(entity, { first, after, orderBy, status }, audience, toIdea);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Votes the viewer can still give here; null when signed out or when voteBudget is null.',
  })
  viewerVotesLeft(
    challenge: Challenge,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<number | null> | number | null {
    const budget = challenge.voteBudget;
    if (!ctx.viewer || budget === null) return null;
    return personal(ctx, info, async (viewer, loaders) =>
      viewer ? Math.max(0, budget - (await loaders.viewerVotesUsed.load(challenge.id))) : null,
    );
  }
}

/**
 * A vote's idea, with what its statement knows of the person given to the loaders: the vote button's
 * fields (voted, votes left) are answered without reading them again.
 */
function answer(ctx: RequestContext, { idea, voted, used, holds, projectId }: VoteResult): Idea {
  (ctx.primes ??= []).push((loaders) => {
    if (voted !== null) loaders.viewerVoted.prime(idea.id, voted);
    loaders.viewerVotesUsed.prime(idea.challengeId, used);
    loaders.viewerHolds.prime(projectId, holds);
  });
  return toIdea(idea);
}
