import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ChallengeThemeEntity } from '../../modules/challenges/challenge-theme.entity';
import { ChallengeEntity } from '../../modules/challenges/challenge.entity';
import { IdeaEntity } from '../../modules/ideas/idea.entity';
import { BrainstormSessionEntity } from '../../modules/brainstorm/brainstorm-session.entity';
import { CommentEntity } from '../../modules/comments/comment.entity';
import { ProjectHolderEntity } from '../../modules/projects/project-holder.entity';
import { ProjectEntity } from '../../modules/projects/project.entity';
import { ThemeEntity } from '../../modules/themes/theme.entity';
import { ThemesService } from '../../modules/themes/themes.service';
import { UserEntity } from '../../modules/users/user.entity';
import type { Viewer } from '../graphql/request-context';

/** Batches by id: one query for all the keys a request asks for in one tick. */
function byId<E extends { id: string }>(load: (ids: string[]) => Promise<E[]>): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Groups the rows of a to-many relation under their parent's key, in the order the query gave. */
function grouped<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** What a resolver needs of a loader; the viewer's loaders are views of loaders shared by many viewers. */
export interface KeyLoader<K, V> {
  load(key: K): Promise<V>;
  loadMany(keys: ArrayLike<K>): Promise<(V | Error)[]>;
  clearAll(): unknown;
}

/**
 * The DataLoaders of one request, or of one live event for everyone it goes to. Rows are the same
 * for every viewer; the viewer's own facts (votes, follows, held projects) are asked of a
 * {@link LoaderScope} for all the viewers of the scope at once.
 */
export interface Loaders {
  user: KeyLoader<string, UserEntity | null>;
  project: KeyLoader<string, ProjectEntity | null>;
  projectHolders: KeyLoader<string, UserEntity[]>;
  /** The projects each person holds, by name. */
  projectsHeldBy: KeyLoader<string, ProjectEntity[]>;
  challengeThemes: KeyLoader<string, ThemeEntity[]>;
  themeChallengeCount: KeyLoader<string, number>;
  /** Whether the viewer holds each project (false for everyone when signed out). */
  viewerHolds: KeyLoader<string, boolean>;
  /** Whether the viewer follows each challenge. */
  viewerFollows: KeyLoader<string, boolean>;
  /** Rows by id, for fields of things whose visibility was already checked. */
  challenge: KeyLoader<string, ChallengeEntity | null>;
  idea: KeyLoader<string, IdeaEntity | null>;
  comment: KeyLoader<string, CommentEntity | null>;
  /** Whether the viewer voted for each idea. */
  viewerVoted: KeyLoader<string, boolean>;
  /** The brainstorm session running on each challenge now. */
  runningSession: KeyLoader<string, BrainstormSessionEntity | null>;
  /** Votes the viewer has given on each challenge. */
  viewerVotesUsed: KeyLoader<string, number>;
}

type RowLoaders = Omit<Loaders, 'viewerHolds' | 'viewerFollows' | 'viewerVoted' | 'viewerVotesUsed'>;

/**
 * Loaders shared by every viewer of a scope: one HTTP request, or one live event fanned out to
 * many people (then a field asked by all of them costs one query, not one per person). The
 * per-viewer facts are keyed by viewer and thing, and asked for all pairs in one query.
 */
export interface LoaderScope extends RowLoaders {
  holds: DataLoader<string, boolean>;
  follows: DataLoader<string, boolean>;
  voted: DataLoader<string, boolean>;
  votesUsed: DataLoader<string, number>;
}

const SEP = '|';
const pairKey = (viewerId: string, key: string) => `${viewerId}${SEP}${key}`;

/** Splits "viewer|thing" keys into the two uuid[] parameters of a pair query. */
function pairs(keys: readonly string[]): [string[], string[]] {
  const viewers: string[] = [];
  const things: string[] = [];
  for (const k of keys) {
    const at = k.indexOf(SEP);
    viewers.push(k.slice(0, at));
    things.push(k.slice(at + 1));
  }
  return [viewers, things];
}

/** The viewer's side of a shared per-viewer loader; signed out, every answer is `none`. */
function viewerView<V>(shared: DataLoader<string, V>, viewer: Viewer | null, none: V): KeyLoader<string, V> {
  if (!viewer) {
    return {
      load: () => Promise.resolve(none),
      loadMany: (keys) => Promise.resolve(Array.from(keys, () => none)),
      clearAll: () => undefined,
    };
  }
  return {
    load: (key) => shared.load(pairKey(viewer.id, key)),
    loadMany: (keys) => shared.loadMany(Array.from(keys, (k) => pairKey(viewer.id, k))),
    clearAll: () => shared.clearAll(),
  };
}

/** A yes/no per "viewer|thing" key from one query returning the pairs that say yes. */
function pairMembership(db: DataSource, sql: string): DataLoader<string, boolean> {
  return new DataLoader(async (keys) => {
    const rows: { viewer: string; id: string }[] = await db.query(sql, pairs(keys));
    const yes = new Set(rows.map((r) => pairKey(r.viewer, r.id)));
    return keys.map((k) => yes.has(k));
  });
}

/** Pairs of (viewer, thing) given as two arrays, joined to a table in the queries below. */
const PAIRS = `unnest($1::uuid[], $2::uuid[]) AS k(viewer, id)`;

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly db: DataSource,
    private readonly themes: ThemesService,
  ) {}

  /** The loaders of one viewer, in `scope` (a new one of their own unless given). */
  create(viewer: Viewer | null, scope: LoaderScope = this.scope()): Loaders {
    const { holds, follows, voted, votesUsed, ...rows } = scope;
    return {
      ...rows,
      viewerHolds: viewerView(holds, viewer, false),
      viewerFollows: viewerView(follows, viewer, false),
      viewerVoted: viewerView(voted, viewer, false),
      viewerVotesUsed: viewerView(votesUsed, viewer, 0),
    };
  }

  /** A new scope: nothing cached, nothing shared with any other scope. */
  scope(): LoaderScope {
    const { db, themes } = this;
    return {
      user: byId((ids) => db.getRepository(UserEntity).findBy({ id: In(ids) })),
      project: byId((ids) => db.getRepository(ProjectEntity).findBy({ id: In(ids) })),
      projectHolders: new DataLoader(async (projectIds) => {
        const rows = await db
          .getRepository(ProjectHolderEntity)
          .createQueryBuilder('h')
          .innerJoinAndSelect('h.user', 'u')
          .where('h.project_id IN (:...projectIds)', { projectIds })
          .orderBy('h.created_at', 'ASC')
          .addOrderBy('u.id', 'ASC')
          .getMany();
        return grouped(projectIds, rows, (h) => h.projectId).map((hs) => hs.map((h) => h.user as UserEntity));
      }),
      projectsHeldBy: new DataLoader(async (userIds) => {
        const rows = await db
          .getRepository(ProjectHolderEntity)
          .createQueryBuilder('h')
          .innerJoinAndSelect('h.project', 'p')
          .where('h.user_id IN (:...userIds)', { userIds })
          .orderBy('lower(p.name)', 'ASC')
          .getMany();
        return grouped(userIds, rows, (h) => h.userId).map((hs) => hs.map((h) => h.project as ProjectEntity));
      }),
      challengeThemes: new DataLoader(async (challengeIds) => {
        const rows = await db
          .getRepository(ChallengeThemeEntity)
          .createQueryBuilder('ct')
          .innerJoinAndSelect('ct.theme', 't')
          .where('ct.challenge_id IN (:...challengeIds)', { challengeIds })
          .orderBy('t.position', 'ASC')
          .getMany();
        return grouped(challengeIds, rows, (ct) => ct.challengeId).map((cts) =>
          cts.map((ct) => ct.theme as ThemeEntity),
        );
      }),
      themeChallengeCount: new DataLoader(async (slugs) => {
        const counts = await themes.challengeCounts(slugs);
        return slugs.map((slug) => counts.get(slug) ?? 0);
      }),
      holds: pairMembership(
        db,
        `SELECT h.user_id AS viewer, h.project_id AS id FROM project_holders h
           JOIN ${PAIRS} ON h.user_id = k.viewer AND h.project_id = k.id`,
      ),
      challenge: byId((ids) => db.getRepository(ChallengeEntity).findBy({ id: In(ids) })),
      idea: byId((ids) => db.getRepository(IdeaEntity).findBy({ id: In(ids) })),
      comment: byId((ids) => db.getRepository(CommentEntity).findBy({ id: In(ids) })),
      voted: pairMembership(
        db,
        `SELECT v.user_id AS viewer, v.idea_id AS id FROM votes v
           JOIN ${PAIRS} ON v.user_id = k.viewer AND v.idea_id = k.id`,
      ),
      runningSession: new DataLoader(async (challengeIds) => {
        const rows = await db
          .getRepository(BrainstormSessionEntity)
          .createQueryBuilder('s')
          .where('s.challenge_id IN (:...challengeIds)', { challengeIds })
          .andWhere('s.stopped_at IS NULL AND s.ends_at > now()')
          .orderBy('s.started_at', 'DESC')
          .getMany();
        return challengeIds.map((id) => rows.find((s) => s.challengeId === id) ?? null);
      }),
      votesUsed: new DataLoader(async (keys) => {
        const rows: { viewer: string; id: string; used: number }[] = await db.query(
          `SELECT t.user_id AS viewer, t.challenge_id AS id, t.used FROM vote_tallies t
             JOIN ${PAIRS} ON t.user_id = k.viewer AND t.challenge_id = k.id`,
          pairs(keys),
        );
        const used = new Map(rows.map((r) => [pairKey(r.viewer, r.id), Number(r.used)]));
        return keys.map((k) => used.get(k) ?? 0);
      }),
      follows: pairMembership(
        db,
        `SELECT f.user_id AS viewer, f.challenge_id AS id FROM challenge_follows f
           JOIN ${PAIRS} ON f.user_id = k.viewer AND f.challenge_id = k.id`,
      ),
    };
  }
}
