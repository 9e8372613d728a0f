import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import type { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntry, AuditEntryConnection } from './audit-entry.model';
import { AuditService } from './audit.service';

const toAuditEntry = (e: AuditEntryEntity): AuditEntry => ({
  id: e.id,
  actorId: e.actorId,
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId,
  detail: e.detail,
  at: e.at,
});

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Admins.' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    return this.audit.page(ctx.viewer, { first, after }, toAuditEntry);
  }

  @ResolveField(() => User)
  async actor(entry: AuditEntry, _args: unknown, ctx: RequestContext): Promise<User> {
    const actor = await ctx.loaders.user.load(entry.actorId);
    if (!actor) throw new Error(`Audit entry ${entry.id} has no actor`);
    return toUser(actor, ctx.viewer);
  }
}
