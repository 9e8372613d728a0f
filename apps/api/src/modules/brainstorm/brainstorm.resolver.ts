import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { BrainstormPhase } from '@ouimake/domain';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toChallenge } from '../challenges/challenge.mapper';
import { Challenge } from '../challenges/challenge.model';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import type { BrainstormRoundEntity } from './brainstorm-round.entity';
import { BrainstormSession } from './brainstorm-session.model';
import { BrainstormService } from './brainstorm.service';

/** The API calls a timed round a BrainstormSession. */
const toApi = (e: BrainstormRoundEntity): BrainstormSession => ({
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
    return toApi(await this.brainstorm.start(ctx.viewer, challengeId, phase, minutes));
  }

  @Mutation(() => Challenge)
  async stopBrainstorm(
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Challenge> {
    return toChallenge(await this.brainstorm.stop(ctx.viewer, challengeId));
  }

  @ResolveField(() => User)
  async startedBy(round: BrainstormSession, _args: unknown, ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(round.startedById);
    if (!user) throw new Error(`Round ${round.id} has no starter`);
    return toUser(user, ctx.viewer);
  }
}

@Resolver(() => Challenge)
export class ChallengeRoundResolver {
  @ResolveField(() => BrainstormSession, {
    nullable: true,
    description: 'The live brainstorm session, when one is running.',
  })
  async session(
    challenge: Challenge,
    _args: unknown,
    ctx: RequestContext,
  ): Promise<BrainstormSession | null> {
    const round = await ctx.loaders.runningRound.load(challenge.id);
    return round ? toApi(round) : null;
  }
}
