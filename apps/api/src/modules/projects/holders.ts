import type { EntityManager } from 'typeorm';

/** The ids of a project's holders, for the policy's decisions. */
export async function holdersOf(manager: EntityManager, projectId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    'SELECT user_id FROM project_holders WHERE project_id = $1',
    [projectId],
  );
  return rows.map((r) => r.user_id);
}
