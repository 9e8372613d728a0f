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

/** The DataLoaders of one request. Built fresh for every request, so nothing is cached across people. */
export interface Loaders {
  user: DataLoader<string, UserEntity | null>;
  project: DataLoader<string, ProjectEntity | null>;
  projectHolders: DataLoader<string, UserEntity[]>;
  /** The projects each person holds, by name. */
  projectsHeldBy: DataLoader<string, ProjectEntity[]>;
  challengeThemes: DataLoader<string, ThemeEntity[]>;
  themeChallengeCount: DataLoader<string, number>;
  /** Whether the viewer holds each project (false for everyone when signed out). */
  viewerHolds: DataLoader<string, boolean>;
  /** Whether the viewer follows each challenge. */
  viewerFollows: DataLoader<string, boolean>;
  /** Rows by id, for fields of things whose visibility was already checked. */
  challenge: DataLoader<string, ChallengeEntity | null>;
  idea: DataLoader<string, IdeaEntity | null>;
  comment: DataLoader<string, CommentEntity | null>;
  /** Whether the viewer voted for each idea. */
  viewerVoted: DataLoader<string, boolean>;
  /** The brainstorm session running on each challenge now. */
  runningSession: DataLoader<string, BrainstormSessionEntity | null>;
  /** Votes the viewer has given on each challenge. */
  viewerVotesUsed: DataLoader<string, number>;
}

/** A yes/no per key from one query returning the keys that say yes. */
function membership(load: (keys: string[]) => Promise<string[]>): DataLoader<string, boolean> {
  return new DataLoader(async (keys) => {
    const yes = new Set(await load([...keys]));
    return keys.map((k) => yes.has(k));
  });
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly db: DataSource,
    private readonly themes: ThemesService,
  ) {}

  create(viewer: Viewer | null): Loaders {
    const { db, themes } = this;
    const idsWhere = async (sql: string, keys: string[]): Promise<string[]> =>
      viewer ? ((await db.query(sql, [keys, viewer.id])) as { id: string }[]).map((r) => r.id) : [];
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
      viewerHolds: membership((ids) =>
        idsWhere(
          `SELECT project_id AS id FROM project_holders WHERE project_id = ANY($1) AND user_id = $2`,
          ids,
        ),
      ),
      challenge: byId((ids) => db.getRepository(ChallengeEntity).findBy({ id: In(ids) })),
      idea: byId((ids) => db.getRepository(IdeaEntity).findBy({ id: In(ids) })),
      comment: byId((ids) => db.getRepository(CommentEntity).findBy({ id: In(ids) })),
      viewerVoted: membership((ids) =>
        idsWhere(`SELECT idea_id AS id FROM votes WHERE idea_id = ANY($1) AND user_id = $2`, ids),
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
      viewerVotesUsed: new DataLoader(async (challengeIds) => {
        if (!viewer) return challengeIds.map(() => 0);
        const rows: { challenge_id: string; used: number }[] = await db.query(
          `SELECT challenge_id, used FROM vote_tallies WHERE challenge_id = ANY($1) AND user_id = $2`,
          [challengeIds, viewer.id],
        );
        const used = new Map(rows.map((r) => [r.challenge_id, Number(r.used)]));
        return challengeIds.map((id) => used.get(id) ?? 0);
      }),
      viewerFollows: membership((ids) =>
        idsWhere(
          `SELECT challenge_id AS id FROM challenge_follows WHERE challenge_id = ANY($1) AND user_id = $2`,
          ids,
        ),
      ),
    };
  }
}
