import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ActivityKind, ChallengeOrder, ChallengeStatus, ErrorCode, LIMITS } from '@ouimake/domain';
import { ActivityPublisher } from '../live/activity.publisher';
import { authorize, requireViewer, type Action } from '../../core/auth/policy';
import { optionalText, requiredText } from '../../core/validation/text';
import { ProjectEntity } from '../projects/project.entity';
import { ThemesService } from '../themes/themes.service';
import { ChallengeFollowEntity } from './challenge-follow.entity';
import { ChallengeThemeEntity } from './challenge-theme.entity';
import type { CreateChallengeInput, UpdateChallengeInput } from './dto/challenge.inputs';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { holdersOf } from '../projects/holders';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage, SortKey } from '../../core/pagination/keyset';
import { isUuid } from '../../core/graphql/ids';
import { DomainError } from '../../core/graphql/domain-error';
import { ChallengeEntity } from './challenge.entity';
import { SEARCH_QUERY, SEARCH_VECTOR } from './challenge-search';
import type { ChallengeFilter } from './dto/challenge-filter.input';

const PUBLISHED_AT = 'COALESCE(c.published_at, c.created_at)';

/** The keyset of each ordering; every one ends on the id so that it is total. Expressions never yield NULL. */
const ORDER_KEYS: Record<Exclude<ChallengeOrder, ChallengeOrder.RELEVANCE>, SortKey[]> = {
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
    private readonly themes: ThemesService,
    private readonly activity: ActivityPublisher,
  ) {}

  private announce(challengeId: string, actorId: string | undefined): Promise<void> {
    return this.activity.publish({ kind: ActivityKind.CHALLENGE_UPDATED, challengeId, actorId });
  }

  /** A challenge the viewer may see, or null (drafts are the holders' only). */
  async findVisible(id: string, viewer: Viewer | null): Promise<ChallengeEntity | null> {
    if (!isUuid(id)) return null;
    return this.visibleTo(viewer).andWhere('c.id = :id', { id }).getOne();
  }

  /**
   * A page of the challenges the viewer may see. With a search and no explicit order, the best
   * matches come first (title matches weigh more); otherwise NEWEST unless asked.
   */
  async page<N>(
    args: ChallengePageArgs,
    viewer: Viewer | null,
    toNode: (e: ChallengeEntity) => N,
  ): Promise<Page<N>> {
    const qb = this.visibleTo(viewer);
    this.applyFilter(qb, args.filter ?? {});
    const query = args.filter?.query?.trim();
    const order = args.orderBy ?? (query ? ChallengeOrder.RELEVANCE : ChallengeOrder.NEWEST);
    if (order !== ChallengeOrder.RELEVANCE) {
      return keysetPage(
        qb,
        this.cursors,
        { order, keys: ORDER_KEYS[order], first: args.first, after: args.after },
        toNode,
      );
    }
    if (!query)
      throw DomainError.badInput('orderBy', 'RELEVANCE orders the results of a search: give filter.query.');
    const keys: SortKey[] = [
      {
        sql: `ts_rank(${SEARCH_VECTOR}, ${SEARCH_QUERY})`,
        direction: 'DESC',
        type: 'float4',
        alias: 'k_rank',
      },
      ...ORDER_KEYS[ChallengeOrder.NEWEST],
    ];
    // A cursor belongs to its search: another query's cursor is refused.
    const orderName = `RELEVANCE:${createHash('sha256').update(query).digest('base64url').slice(0, 12)}`;
    return keysetPage(
      qb,
      this.cursors,
      { order: orderName, keys, first: args.first, after: args.after },
      toNode,
    );
  }

  async create(viewer: Viewer | null, input: CreateChallengeInput): Promise<ChallengeEntity> {
    const me = requireViewer(viewer);
    return this.db.transaction(async (tx) => {
      const project = isUuid(input.projectId)
        ? await tx.findOneBy(ProjectEntity, { id: input.projectId })
        : null;
      if (!project) throw DomainError.notFound('This project');
      const holderIds = await holdersOf(tx, project.id);
      authorize(me, 'challenge.create', { holderIds });
      const fields = await this.validated(tx, input, true);
      const publish = input.publish === true;
      const now = new Date();
      const { identifiers } = await tx.insert(ChallengeEntity, {
        projectId: project.id,
        authorId: me.id,
        title: fields.title as string,
        description: fields.description as string,
        city: fields.city === undefined ? project.city : fields.city,
        voteBudget: fields.voteBudget ?? null,
        blindVoting: fields.blindVoting ?? false,
        closesAt: fields.closesAt ?? null,
        status: publish ? ChallengeStatus.OPEN : ChallengeStatus.DRAFT,
        publishedAt: publish ? now : null,
        lastActivityAt: now,
      });
      const id = identifiers[0].id as string;
      await this.setThemes(tx, id, fields.themes ?? []);
      // Holders follow their own challenges.
      await tx
        .createQueryBuilder()
        .insert()
        .into(ChallengeFollowEntity)
        .values(holderIds.map((userId) => ({ challengeId: id, userId })))
        .orIgnore()
        .execute();
      return tx.findOneByOrFail(ChallengeEntity, { id });
    });
  }

  /** Holders edit a draft or an open challenge; a closed one is read-only. */
  async update(viewer: Viewer | null, id: string, input: UpdateChallengeInput): Promise<ChallengeEntity> {
    requireViewer(viewer);
    const updated = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.lockVisible(tx, id, viewer);
      authorize(viewer, 'challenge.edit', { holderIds });
      if (challenge.status === ChallengeStatus.CLOSED) {
        throw new DomainError(
          ErrorCode.CHALLENGE_NOT_OPEN,
          'This challenge is closed: reopen it to edit it.',
        );
      }
      const fields = await this.validated(tx, input, false);
      const { themes, ...columns } = fields;
      if (Object.keys(columns).length > 0) await tx.update(ChallengeEntity, { id: challenge.id }, columns);
      if (themes) await this.setThemes(tx, challenge.id, themes);
      return tx.findOneByOrFail(ChallengeEntity, { id: challenge.id });
    });
    await this.announce(updated.id, viewer?.id);
    return updated;
  }

  async publish(viewer: Viewer | null, id: string): Promise<ChallengeEntity> {
    return this.transition(viewer, id, 'challenge.publish', (c) => {
      if (c.status === ChallengeStatus.OPEN) return null;
      if (c.status === ChallengeStatus.CLOSED) {
        throw new DomainError(ErrorCode.CONFLICT, 'This challenge is closed; reopen it instead.');
      }
      const now = new Date();
      return { status: ChallengeStatus.OPEN, publishedAt: now, lastActivityAt: now };
    });
  }

  /** Closing is idempotent; closing again with an outcome rewrites the outcome. */
  async close(
    viewer: Viewer | null,
    id: string,
    outcome: string | null | undefined,
  ): Promise<ChallengeEntity> {
    const text = optionalText(outcome, 'outcome', LIMITS.challenge.descriptionMax);
    return this.transition(viewer, id, 'challenge.close', (c) => {
      if (c.status === ChallengeStatus.DRAFT) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'A draft cannot be closed; publish it or leave it as a draft.',
        );
      }
      if (c.status === ChallengeStatus.CLOSED && text === null) return null;
      return { status: ChallengeStatus.CLOSED, ...(text !== null ? { outcome: text } : {}) };
    });
  }

  async reopen(viewer: Viewer | null, id: string): Promise<ChallengeEntity> {
    return this.transition(viewer, id, 'challenge.reopen', (c) => {
      if (c.status === ChallengeStatus.OPEN) return null;
      if (c.status === ChallengeStatus.DRAFT) {
        throw new DomainError(ErrorCode.CONFLICT, 'A draft is opened by publishing it.');
      }
      return { status: ChallengeStatus.OPEN };
    });
  }

  async follow(viewer: Viewer | null, id: string, following: boolean): Promise<ChallengeEntity> {
    const me = authorize(viewer, 'challenge.follow');
    const challenge = await this.findVisible(id, me);
    if (!challenge) throw DomainError.notFound('This challenge');
    if (following) {
      await this.db
        .createQueryBuilder()
        .insert()
        .into(ChallengeFollowEntity)
        .values({ challengeId: challenge.id, userId: me.id })
        .orIgnore()
        .execute();
    } else {
      await this.db.getRepository(ChallengeFollowEntity).delete({ challengeId: challenge.id, userId: me.id });
    }
    return challenge;
  }

  /** A status change under the challenge's row lock; `change` returns null when nothing is to do. */
  private async transition(
    viewer: Viewer | null,
    id: string,
    action: Action,
    change: (c: ChallengeEntity) => Partial<ChallengeEntity> | null,
  ): Promise<ChallengeEntity> {
    requireViewer(viewer);
    const [result, changed] = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.lockVisible(tx, id, viewer);
      authorize(viewer, action, { holderIds });
      const changes = change(challenge);
      if (!changes) return [challenge, false] as const;
      await tx.update(ChallengeEntity, { id: challenge.id }, changes);
      return [await tx.findOneByOrFail(ChallengeEntity, { id: challenge.id }), true] as const;
    });
    if (changed) await this.announce(result.id, viewer?.id);
    return result;
  }

  /** The fields of a create or update input, checked; only the ones given, for an update. */
  private async validated(
    tx: EntityManager,
    input: CreateChallengeInput | UpdateChallengeInput,
    creating: boolean,
  ): Promise<
    Partial<
      Pick<ChallengeEntity, 'title' | 'description' | 'city' | 'voteBudget' | 'blindVoting' | 'closesAt'>
    > & { themes?: string[] }
  > {
    const { titleMin, titleMax, descriptionMax, voteBudgetMin, voteBudgetMax } = LIMITS.challenge;
    const out: Partial<
      Pick<ChallengeEntity, 'title' | 'description' | 'city' | 'voteBudget' | 'blindVoting' | 'closesAt'>
    > & {
      themes?: string[];
    } = {};
    if (creating || (input.title !== undefined && input.title !== null)) {
      out.title = requiredText(input.title ?? '', 'title', titleMin, titleMax);
    }
    if (creating || (input.description !== undefined && input.description !== null)) {
      out.description = requiredText(input.description ?? '', 'description', 1, descriptionMax);
    }
    if (input.city !== undefined) out.city = optionalText(input.city, 'city', 80);
    if (input.voteBudget !== undefined) {
      const budget = input.voteBudget;
      if (
        budget !== null &&
        (!Number.isInteger(budget) || budget < voteBudgetMin || budget > voteBudgetMax)
      ) {
        throw DomainError.badInput(
          'voteBudget',
          `A vote budget is between ${voteBudgetMin} and ${voteBudgetMax}, or none.`,
        );
      }
      out.voteBudget = budget;
    }
    if (input.blindVoting !== undefined && input.blindVoting !== null) out.blindVoting = input.blindVoting;
    if (input.closesAt !== undefined) {
      if (input.closesAt !== null && input.closesAt.getTime() <= Date.now()) {
        throw DomainError.badInput('closesAt', 'The closing date must be in the future.');
      }
      out.closesAt = input.closesAt;
    }
    if (input.themes !== undefined && input.themes !== null) {
      const slugs = [...new Set(input.themes)];
      const known = await this.themes.existingSlugs(slugs, tx);
      const unknown = slugs.filter((slug) => !known.has(slug));
      if (unknown.length) throw DomainError.badInput('themes', `Unknown theme: ${unknown.join(', ')}.`);
      out.themes = slugs;
    }
    return out;
  }

  private async setThemes(tx: EntityManager, challengeId: string, slugs: string[]): Promise<void> {
    await tx.delete(ChallengeThemeEntity, { challengeId });
    if (slugs.length)
      await tx.insert(
        ChallengeThemeEntity,
        slugs.map((themeSlug) => ({ challengeId, themeSlug })),
      );
  }

  /** Challenges the viewer may see: published ones, and the drafts of projects they hold. */
  private visibleTo(
    viewer: Viewer | null,
    manager: EntityManager = this.db.manager,
  ): SelectQueryBuilder<ChallengeEntity> {
    const qb = manager.getRepository(ChallengeEntity).createQueryBuilder('c');
    if (!viewer) return qb.where('c.status <> :draft', { draft: ChallengeStatus.DRAFT });
    return qb.where(
      `(c.status <> :draft OR EXISTS (SELECT 1 FROM project_holders h WHERE h.project_id = c.project_id AND h.user_id = :viewerId))`,
      { draft: ChallengeStatus.DRAFT, viewerId: viewer.id },
    );
  }

  /** A challenge the viewer may see, locked for the rest of the transaction, with its project's holders. */
  async lockVisible(
    tx: EntityManager,
    id: string,
    viewer: Viewer | null,
  ): Promise<{ challenge: ChallengeEntity; holderIds: string[] }> {
    const challenge = isUuid(id)
      ? await this.visibleTo(viewer, tx).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne()
      : null;
    if (!challenge) throw DomainError.notFound('This challenge');
    return { challenge, holderIds: await holdersOf(tx, challenge.projectId) };
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
      // French and English stemming, accents folded ("benevoles" finds "bénévole"), on the GIN index.
      qb.andWhere(`${SEARCH_VECTOR} @@ ${SEARCH_QUERY}`, { query });
    }
  }
}
