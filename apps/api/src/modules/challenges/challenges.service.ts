import { Injectable } from '@nestjs/common';
import { ChallengeOrder, ChallengeStatus } from '@ouimake/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage, SortKey } from '../../core/pagination/keyset';
import { isUuid } from '../../core/graphql/ids';
import { ChallengeEntity } from './challenge.entity';
import type { ChallengeFilter } from './dto/challenge-filter.input';

const PUBLISHED_AT = 'COALESCE(c.published_at, c.created_at)';

/** The keyset of each ordering; every one ends on the id so that it is total. Expressions never yield NULL. */
const ORDER_KEYS: Record<ChallengeOrder, SortKey[]> = {
  [ChallengeOrder.NEWEST]: [
    { sql: PUBLISHED_AT, direction: 'DESC', type: 'timestamptz', alias: 'k_published' },
    { sql: 'c.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
  ],
  [ChallengeOrder.MOST_IDEAS]: [
    { sql: 'c.idea_count', direction: 'DESC', type: 'int', alias: 'k_ideas' },
    { sql: PUBLISHED_AT, direction: 'DESC', type: 'timestamptz', alias: 'k_published' },
    { sql: 'c.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
  ],
  [ChallengeOrder.CLOSING_SOON]: [
    {
      sql: `(CASE WHEN c.status = 'OPEN' AND c.closes_at IS NOT NULL THEN 0 ELSE 1 END)`,
      direction: 'ASC',
      type: 'int',
      alias: 'k_closing',
    },
    {
      sql: `COALESCE(c.closes_at, 'infinity'::timestamptz)`,
      direction: 'ASC',
      type: 'timestamptz',
      alias: 'k_closes',
    },
    { sql: 'c.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
  ],
  // A "hot" score in the manner of news aggregators: it does not depend on the current time, so a
  // page cursor stays valid and the order stays stable while people page through it.
  [ChallengeOrder.TRENDING]: [
    {
      sql: '(log((1 + 3 * c.idea_count + c.participant_count)::numeric)::float8 + extract(epoch from c.last_activity_at)::float8 / 45000)',
      direction: 'DESC',
      type: 'float8',
      alias: 'k_trend',
    },
    { sql: 'c.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
  ],
};

export interface ChallengePageArgs {
  first?: number | null;
  after?: string | null;
  filter?: ChallengeFilter | null;
  orderBy?: ChallengeOrder | null;
}

@Injectable()
export class ChallengesService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  /** A challenge the viewer may see, or null (drafts are the holders' only). */
  async findVisible(id: string, viewer: Viewer | null): Promise<ChallengeEntity | null> {
    if (!isUuid(id)) return null;
    return this.visibleTo(viewer).andWhere('c.id = :id', { id }).getOne();
  }

  async page<N>(
    args: ChallengePageArgs,
    viewer: Viewer | null,
    toNode: (e: ChallengeEntity) => N,
  ): Promise<Page<N>> {
    const order = args.orderBy ?? ChallengeOrder.NEWEST;
    const qb = this.visibleTo(viewer);
    this.applyFilter(qb, args.filter ?? {});
    return keysetPage(
      qb,
      this.cursors,
      { order, keys: ORDER_KEYS[order], first: args.first, after: args.after },
      toNode,
    );
  }

  /** Challenges the viewer may see: published ones, and the drafts of projects they hold. */
  private visibleTo(viewer: Viewer | null): SelectQueryBuilder<ChallengeEntity> {
    const qb = this.db.getRepository(ChallengeEntity).createQueryBuilder('c');
    if (!viewer) return qb.where('c.status <> :draft', { draft: ChallengeStatus.DRAFT });
    return qb.where(
      `(c.status <> :draft OR EXISTS (SELECT 1 FROM project_holders h WHERE h.project_id = c.project_id AND h.user_id = :viewerId))`,
      { draft: ChallengeStatus.DRAFT, viewerId: viewer.id },
    );
  }

  private applyFilter(qb: SelectQueryBuilder<ChallengeEntity>, filter: ChallengeFilter): void {
    if (filter.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.status });
    if (filter.themes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM challenge_themes ct WHERE ct.challenge_id = c.id AND ct.theme_slug IN (:...themes))',
        { themes: filter.themes },
      );
    }
    if (filter.city?.trim()) qb.andWhere('lower(c.city) = lower(:city)', { city: filter.city.trim() });
    if (filter.projectId) {
      if (isUuid(filter.projectId)) qb.andWhere('c.project_id = :projectId', { projectId: filter.projectId });
      else qb.andWhere('false');
    }
    const query = filter.query?.trim();
    if (query) {
      // French and English stemming, accents folded: "benevoles" finds "bénévole".
      const doc = (config: string) => `to_tsvector('${config}', unaccent(c.title || ' ' || c.description))`;
      const q = (config: string) => `websearch_to_tsquery('${config}', unaccent(:query))`;
      qb.andWhere(`(${doc('french')} @@ ${q('french')} OR ${doc('english')} @@ ${q('english')})`, { query });
    }
  }
}
