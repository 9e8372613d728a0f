import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returns (with RETURNING), whatever its kind. TypeORM's plain query() gives
 * `[rows, count]` for UPDATE and DELETE but the rows alone for INSERT and SELECT; this never guesses.
 * The manager must be a transaction's, which has its query runner.
 */
export async function returning<T = Record<string, unknown>>(
  tx: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  if (!tx.queryRunner) throw new Error('returning() needs a transaction');
  const result = await tx.queryRunner.query(sql, params, true);
  return result.records as T[];
}
