import { can } from '../../core/auth/policy';
import type { RequestContext } from '../../core/graphql/request-context';

/** Whether the request's viewer curates a project's challenges (holder, facilitator or admin). */
export async function viewerCurates(ctx: RequestContext, projectId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  const holds = await ctx.loaders.viewerHolds.load(projectId);
  return can(ctx.viewer, 'challenge.curate', { holderIds: holds ? [ctx.viewer.id] : [] });
}
