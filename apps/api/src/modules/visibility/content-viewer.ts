import { can, type Actor } from '../../core/auth/policy';
import type { RequestContext, Viewer } from '../../core/graphql/request-context';

/**
 * Who is looking at a challenge's content, as the visibility rules need it: the viewer (or
 * nobody) and whether they curate the challenge (its project's holders, facilitators, admins).
 * Decided once per challenge and request, or once per live event and audience.
 */
export interface ContentViewer {
  viewer: Pick<Viewer, 'id'> | null;
  curates: boolean;
}

/** Whether a person curates a challenge whose project they hold (or not). */
export function curatesChallenge(viewer: Actor | null, holdsProject: boolean): boolean {
  return can(viewer, 'challenge.curate', { holderIds: holdsProject && viewer ? [viewer.id] : [] });
}

/** The request's viewer before a challenge of `projectId`. */
export async function contentViewer(ctx: RequestContext, projectId: string): Promise<ContentViewer> {
  if (!ctx.viewer) return { viewer: null, curates: false };
  const holds = await ctx.loaders.viewerHolds.load(projectId);
  return { viewer: ctx.viewer, curates: curatesChallenge(ctx.viewer, holds) };
}

/** Whether the request's viewer curates the challenges of `projectId`. */
export async function viewerCurates(ctx: RequestContext, projectId: string): Promise<boolean> {
  return (await contentViewer(ctx, projectId)).curates;
}
