import DataLoader from 'dataloader';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../graphql/request-context';
import { sharedExecutionOf } from '../graphql/shared-execution';

/**
 * The DataLoaders of one request, or of one live event for everyone it goes to. Empty here: each
 * feature adds its own loaders to this interface in its `<feature>.loaders.ts` (TypeScript module
 * augmentation) and registers how to build them with {@link LoadersFactory.register}, so that this
 * cross-cutting code knows no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** What a resolver needs of a loader; a viewer's loaders are views of loaders shared by many viewers. */
export interface KeyLoader<K, V> {
  load(key: K): Promise<V>;
  loadMany(keys: ArrayLike<K>): Promise<(V | Error)[]>;
  clearAll(): unknown;
  /** Gives the loader a value a write just made known (kept unless one is cached already). */
  prime(key: K, value: V): unknown;
}

/**
 * One feature's loaders. `shared()` makes the loaders of a scope (one HTTP request, or one live
 * event fanned out to many people: a field asked by all of them then costs one query, not one per
 * person); `forViewer` gives one viewer's loaders over them.
 */
export interface LoaderFeature<Shared = unknown, Own extends object = object> {
  shared(): Shared;
  forViewer(shared: Shared, viewer: Viewer | null): Own;
}

/** The shared loaders of one scope, by feature. */
export type LoaderScope = ReadonlyMap<LoaderFeature, unknown>;

/** Where a viewer's loaders find their viewer and scope (see {@link LoadersFactory.create}). */
const OWNER = Symbol('loaders owner');

interface Owned {
  [OWNER]: { viewer: Viewer | null; scope: LoaderScope; made: Map<LoaderFeature, Record<string, unknown>> };
}

/**
 * Empties every loader a viewer's loaders made so far (after a mutation, so that the fields asked
 * back read what it wrote). Loaders not made yet have nothing cached.
 */
export function clearLoaders(loaders: Loaders): void {
  const owner = (loaders as unknown as Partial<Owned>)[OWNER];
  if (!owner) return;
  for (const own of owner.made.values())
    for (const loader of Object.values(own))
      (loader as Partial<KeyLoader<unknown, unknown>> | null)?.clearAll?.();
}

/** A scope whose features make their shared loaders when first asked: a request pays for what it reads. */
class LazyScope extends Map<LoaderFeature, unknown> {
  override get(feature: LoaderFeature): unknown {
    if (!super.has(feature)) super.set(feature, feature.shared());
    return super.get(feature);
  }
}

@Injectable()
export class LoadersFactory {
  private readonly features: LoaderFeature[] = [];
  private prototype: object | null = null;

  /** Called by each feature's loaders provider when its module starts. */
  register<S, O extends object>(feature: LoaderFeature<S, O>): void {
    this.features.push(feature as LoaderFeature);
    this.prototype = null;
  }

  /**
   * The loaders of one viewer, in `scope` (a new one of their own unless given). Each feature's
   * loaders are made when one of them is first read: a live event rendered for a thousand people
   * makes, for each, only the loaders of the fields that are theirs.
   */
  create(viewer: Viewer | null, scope: LoaderScope = this.scope()): Loaders {
    const loaders = Object.create(this.prototype ?? this.buildPrototype()) as Owned;
    loaders[OWNER] = { viewer, scope, made: new Map() };
    return loaders as unknown as Loaders;
  }

  /** A new scope: nothing cached, nothing shared with any other scope. */
  scope(): LoaderScope {
    return new LazyScope();
  }

  /** One getter per loader name, which makes its feature's loaders for this viewer and keeps them. */
  private buildPrototype(): object {
    const prototype = {};
    for (const feature of this.features) {
      const names = Object.keys(feature.forViewer(feature.shared(), null));
      for (const name of names)
        Object.defineProperty(prototype, name, {
          enumerable: true,
          get(this: Owned) {
            const { viewer, scope, made } = this[OWNER];
            let own = made.get(feature);
            if (!own) {
              own = feature.forViewer(scope.get(feature), viewer) as Record<string, unknown>;
              made.set(feature, own);
            }
            return own[name];
          },
        });
    }
    return (this.prototype = prototype);
  }
}

/** Batches by id: one query for all the keys a request asks for in one tick. */
export function byId<E extends { id: string }>(
  load: (ids: string[]) => Promise<E[]>,
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Groups the rows of a to-many relation under their parent's key, in the order the query gave. */
export function grouped<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

const SEP = '|';
const pairKey = (viewerId: string, key: string) => `${viewerId}${SEP}${key}`;

/** Splits "viewer|thing" keys into the two uuid[] parameters of a {@link PAIRS} query. */
export function pairs(keys: readonly string[]): [string[], string[]] {
  const viewers: string[] = [];
  const things: string[] = [];
  for (const k of keys) {
    const at = k.indexOf(SEP);
    viewers.push(k.slice(0, at));
    things.push(k.slice(at + 1));
  }
  return [viewers, things];
}

/** Pairs of (viewer, thing) given as two arrays ($1, $2), to join to a table. */
export const PAIRS = `unnest($1::uuid[], $2::uuid[]) AS k(viewer, id)`;

/**
 * A per-viewer fact shared by every viewer of a scope, keyed "viewer|thing"; `view` gives one
 * viewer's side of it (signed out, every answer is `none`, with no query).
 */
export class PerViewer<V> {
  constructor(readonly shared: DataLoader<string, V>) {}

  /** A value per "viewer|thing" key from one query returning (viewer, id, value) rows. */
  static query<V>(db: DataSource, sql: string, none: V, valueOf: (row: Record<string, unknown>) => V) {
    return new PerViewer<V>(
      new DataLoader(async (keys) => {
        const rows: Record<string, unknown>[] = await db.query(sql, pairs(keys));
        const found = new Map(rows.map((r) => [pairKey(String(r['viewer']), String(r['id'])), valueOf(r)]));
        return keys.map((k) => (found.has(k) ? (found.get(k) as V) : none));
      }),
    );
  }

  /** Yes for the pairs the query returns (its rows have `viewer` and `id`). */
  static membership(db: DataSource, sql: string): PerViewer<boolean> {
    return PerViewer.query(db, sql, false, () => true);
  }

  view(viewer: Viewer | null, none: V): KeyLoader<string, V> {
    const execution = sharedExecutionOf(viewer);
    if (execution) {
      // Read outside `personal()` while an event is executed for many people: not shareable.
      const read = () => (execution.personalRead ??= 'a per-person loader');
      return {
        load: () => (read(), Promise.resolve(none)),
        loadMany: (keys) => (read(), Promise.resolve(Array.from(keys, () => none))),
        clearAll: () => undefined,
        prime: () => undefined,
      };
    }
    if (!viewer) {
      return {
        load: () => Promise.resolve(none),
        loadMany: (keys) => Promise.resolve(Array.from(keys, () => none)),
        clearAll: () => undefined,
        prime: () => undefined,
      };
    }
    const { shared } = this;
    return {
      load: (key) => shared.load(pairKey(viewer.id, key)),
      loadMany: (keys) => shared.loadMany(Array.from(keys, (k) => pairKey(viewer.id, k))),
      clearAll: () => shared.clearAll(),
      prime: (key, value) => shared.prime(pairKey(viewer.id, key), value),
    };
  }
}

/** The base of each feature's loaders provider: it registers itself when its module starts. */
export abstract class FeatureLoaders<Shared, Own extends object>
  implements LoaderFeature<Shared, Own>, OnModuleInit
{
  protected constructor(private readonly factory: LoadersFactory) {}

  onModuleInit(): void {
    this.factory.register(this);
  }

  abstract shared(): Shared;
  abstract forViewer(shared: Shared, viewer: Viewer | null): Own;
}
