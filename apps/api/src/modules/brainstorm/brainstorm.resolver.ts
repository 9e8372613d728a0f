import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BrainstormPhase } from '@ouimake/domain';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import type { BrainstormSessionEntity } from './brainstorm-session.entity';
import { BrainstormSession } from './brainstorm-session.model';
import { BrainstormService } from './brainstorm.service';

const toSession = (e: BrainstormSessionEntity): BrainstormSession => ({
  id: e.id,
  startedById: e.startedById,
  phase: e.phase,
  startedAt: e.startedAt,
  endsAt: e.endsAt,
});

@Resolver(() => BrainstormSession)
export class BrainstormResolver {
  constructor(private readonly brainstorm: BrainstormService) {}

  @Mutation(() => BrainstormSession, { description: 'Curators. Replaces a running session.' })
  async startBrainstorm(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('phase', { type: () => BrainstormPhase }) phase: BrainstormPhase,
    @Args('minutes', { type: () => Int }) minutes: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BrainstormSession> {
    return toSession(await this.brainstorm.start(ctx.viewer, challengeId, phase, minutes));
  }

  @Mutation(() => Challenge)
  async stopBrainstorm(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.brainstorm.stop(ctx.viewer, challengeId));
  }

  @ResolveField(() => User)
  async startedBy(@Parent() session: BrainstormSession, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(session.startedById);
    if (!user) throw new Error(`Session ${session.id} has no starter`);
    return toUser(user, ctx.viewer);
  }
}

@Resolver(() => Challenge)
export class ChallengeSessionResolver {
  @ResolveField(() => BrainstormSession, {
    nullable: true,
    description: 'The live brainstorm session, when one is running.',
  })
  async session(
    @Parent() challenge: Challenge,
    @Ctx() ctx: RequestContext,
  ): Promise<BrainstormSession | null> {
    const session = await ctx.loaders.runningSession.load(challenge.id);
    return session ? toSession(session) : null;
  }
}
