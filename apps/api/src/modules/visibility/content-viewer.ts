import { can, type Actor } from '../../core/auth/policy';
import type { RequestContext, Viewer } from '../../core/graphql/request-context';
import { sharedExecutionOf } from '../../core/graphql/shared-execution';

/**
 * Who is looking at a challenge's content, as the visibility rules need it: the viewer (or
 * nobody) and whether they curate the challenge (its project's holders, facilitators, admins).
 * Decided once per challenge and request, or once per live event and audience.
 */
export interface ContentViewer {
  viewer: Pick<Viewer, 'id'> | null;
  curates: boolean;
}

/**
 * What a watcher of a challenge's live channel may see there, decided for every event: whether they
 * curate it (hidden content, blind counts), for the challenge's project.
 */
export interface ChallengeGrant {
  projectId: string;
  curates: boolean;
}

/** Whether a person curates a challenge whose project they hold (or not). */
export function curatesChallenge(viewer: Actor | null, holdsProject: boolean): boolean {
  return can(viewer, 'challenge.curate', { holderIds: holdsProject && viewer ? [viewer.id] : [] });
}

/** The request's viewer before a challenge of `projectId`. */
export async function contentViewer(ctx: RequestContext, projectId: string): Promise<ContentViewer> {
  if (!ctx.viewer) return { viewer: null, curates: false };
  // A live event executed once for everyone with the same grant on its challenge: the grant says
  // whether they curate it (reading who they are still makes the execution personal).
  const grant = sharedExecutionOf(ctx.viewer)?.grant as Partial<ChallengeGrant> | undefined;
  if (grant?.projectId === projectId && grant.curates !== undefined)
    return { viewer: ctx.viewer, curates: grant.curates };
  const holds = await ctx.loaders.viewerHolds.load(projectId);
  return { viewer: ctx.viewer, curates: curatesChallenge(ctx.viewer, holds) };
}

/** Whether the request's viewer curates the challenges of `projectId`. */
export async function viewerCurates(ctx: RequestContext, projectId: string): Promise<boolean> {
  return (await contentViewer(ctx, projectId)).curates;
}
