import { createHash } from 'node:crypto';
import { LIMITS, isValidPageSize } from '@ouimake/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../graphql/domain-error';
import type { CursorCodec, CursorValue } from './cursor-codec';
import type { Page } from './connection.model';

/** One column (or SQL expression) of a keyset ordering. The last key must be unique (the id). */
export interface SortKey {
  /** SQL expression over the query's aliases; written by us, never from input. */
  sql: string;
  direction: 'ASC' | 'DESC';
  /** PostgreSQL type the cursor value is cast to when compared (e.g. 'timestamptz', 'numeric', 'uuid'). */
  type: string;
  /** Alias the value is selected under, to build the next cursor. */
  alias: string;
}

export interface KeysetOptions {
  order: string;
  keys: SortKey[];
  first?: number | null;
  after?: string | null;
  /**
   * The list's size when a counter kept with the rows knows it: then it is not counted over every
   * row of the list on each page.
   */
  totalCount?: () => Promise<number>;
}

/** The page size asked for, or the contract's default; outside 1..100 is BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined): number {
  if (!isValidPageSize(first)) {
    throw DomainError.badInput(
      'first',
      `first must be between ${LIMITS.page.minFirst} and ${LIMITS.page.maxFirst}.`,
    );
  }
  return first ?? LIMITS.page.defaultFirst;
}

/** Parameters in a stable order and form, whatever order the filters were added in. */
function stable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * What makes a list this list: its ordering, its SQL and the filters' values (the challenge whose
 * ideas these are, the person whose notifications...). Signed into its cursors, so that a cursor
 * of one list is refused by another with the same ordering.
 */
export function listIdentity<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, order: string): string {
  const unordered = qb.clone().orderBy();
  return createHash('sha256')
    .update(JSON.stringify([order, unordered.getQuery(), stable(unordered.getParameters())]))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * Fetches one page of a query ordered by `keys`, after the row the cursor names: a keyset
 * (seek) pagination, stable while rows are inserted, with no OFFSET. The query builder must already
 * carry the filters; this adds the ordering, the seek condition and the limit, and counts the
 * filtered rows for `totalCount`.
 */
export async function keysetPage<E extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<E>,
  codec: CursorCodec,
  options: KeysetOptions,
  toNode: (entity: E) => N,
): Promise<Page<N>> {
  const limit = pageSize(options.first);
  const totalCount = options.totalCount ? await options.totalCount() : await qb.clone().orderBy().getCount();

  const list = listIdentity(qb, options.order);
  const page = qb.clone();
  if (options.after !== undefined && options.after !== null) {
    const values = codec.decode(options.after, options.order, list);
    if (values.length !== options.keys.length)
      throw DomainError.badInput('after', 'This page cursor is not valid.');
    const params: Record<string, CursorValue> = {};
    const clauses = options.keys.map((key, i) => {
      const equal = options.keys.slice(0, i).map((k, j) => `${k.sql} = CAST(:ks${j} AS ${k.type})`);
      const op = key.direction === 'ASC' ? '>' : '<';
      params[`ks${i}`] = values[i];
      return `(${[...equal, `${key.sql} ${op} CAST(:ks${i} AS ${key.type})`].join(' AND ')})`;
    });
    page.andWhere(`(${clauses.join(' OR ')})`, params);
  }
  page.orderBy();
  options.keys.forEach((key, i) => {
    // Selected as text: timestamps keep their microseconds and floats their exact digits.
    page.addSelect(`(${key.sql})::text`, key.alias);
    if (i === 0) page.orderBy(key.sql, key.direction);
    else page.addOrderBy(key.sql, key.direction);
  });
  page.limit(limit + 1);

  const { entities, raw } = await page.getRawAndEntities();
  const hasNextPage = entities.length > limit;
  const rows = entities.slice(0, limit);
  const edges = rows.map((entity, i) => ({
    node: toNode(entity),
    cursor: codec.encode({
      list,
      order: options.order,
      values: options.keys.map((key) => toCursorValue(raw[i][key.alias])),
    }),
  }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

function toCursorValue(value: unknown): CursorValue {
  return value === null || value === undefined ? null : String(value);
}
