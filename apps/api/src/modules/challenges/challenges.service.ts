import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ActivityKind,
  ChallengeOrder,
  ChallengeStatus,
  ErrorCode,
  IdeaStatus,
  LIMITS,
} from '@ouimake/domain';
import { AuditService } from '../audit/audit.service';
import { DomainEvents } from '../../core/events/domain-events';
import type { IdeaStatusChanged } from '../curation/curation.events';
import type { ChallengeClosed } from './challenges.events';
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
import { Drafts } from '../visibility';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage, SortKey } from '../../core/pagination/keyset';
import { isUuid } from '../../core/graphql/ids';
import { DomainError } from '../../core/graphql/domain-error';
import { ChallengeEntity } from './challenge.entity';
import { SEARCH_QUERY, SEARCH_VECTOR } from './challenge-search';
import type { ChallengeFilter } from './dto/challenge-filter.input';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service';
import { generateJoinCode, JoinCodeLimiter, normalizeJoinCode } from './join-code';

/** Fresh join codes drawn before giving up (a clash is one in millions while few codes are taken). */
const JOIN_CODE_DRAWS = 8;

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
      // Kept by a trigger as the counts change, and indexed in this order (KeepBoardScores).
      sql: 'c.trend_score',
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
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly limits: RateLimitService,
    private readonly joinCodes: JoinCodeLimiter,
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
   * The challenge a join code opens, when the viewer may see it (drafts: their holders only), or
   * null. Case, spaces and dashes do not matter. Unknown codes count against the client's address
   * (RATE_LIMITED past JOIN_CODE_MISSES_PER_ADDRESS), so that codes cannot be tried cheaply.
   */
  async findVisibleByJoinCode(
    typed: string,
    viewer: Viewer | null,
    clientAddress: string,
  ): Promise<ChallengeEntity | null> {
    await this.limits.assertUnder(this.joinCodes.misses, clientAddress);
    const code = normalizeJoinCode(typed);
    const found = code
      ? await this.visibleTo(viewer).andWhere('c.join_code = :code', { code }).getOne()
      : null;
    if (!found) await this.limits.count(this.joinCodes.misses, clientAddress);
    return found;
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
      const id = await this.insertWithJoinCode(tx, {
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

  /**
   * Closing is idempotent; closing again with an outcome rewrites the outcome. The ideas named in
   * `selectedIdeaIds` (of this challenge, not merged) become SELECTED in the same transaction.
   */
  async close(
    viewer: Viewer | null,
    id: string,
    outcome: string | null | undefined,
    selectedIdeaIds: readonly string[] = [],
  ): Promise<ChallengeEntity> {
    const text = optionalText(outcome, 'outcome', LIMITS.challenge.descriptionMax);
    const selected = [...new Set(selectedIdeaIds)];
    if (selected.some((ideaId) => !isUuid(ideaId))) {
      throw DomainError.badInput('selectedIdeaIds', 'Pick ideas of this challenge.');
    }
    const closed = await this.transition(viewer, id, 'challenge.close', async (c, tx) => {
      if (c.status === ChallengeStatus.DRAFT) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'A draft cannot be closed; publish it or leave it as a draft.',
        );
      }
      const selections = await this.selectIdeas(tx, c.id, selected, viewer as Viewer);
      if (c.status === ChallengeStatus.CLOSED && text === null && !selections) return null;
      if (c.status !== ChallengeStatus.CLOSED) {
        const closed: ChallengeClosed = {
          type: 'challenge.closed',
          challengeId: c.id,
          actorId: (viewer as Viewer).id,
        };
        await this.events.emit(tx, closed);
      }
      return { status: ChallengeStatus.CLOSED, ...(text !== null ? { outcome: text } : {}) };
    });
    // The selected ideas' new status reaches everyone watching (each as they may see it).
    if (selected.length) {
      const ideas: { id: string; hidden: boolean; author_id: string }[] = await this.db.query(
        `SELECT id, hidden, author_id FROM ideas WHERE id = ANY($1::uuid[]) AND challenge_id = $2`,
        [selected, closed.id],
      );
      for (const idea of ideas) {
        await this.activity.publish({
          kind: ActivityKind.IDEA_UPDATED,
          challengeId: closed.id,
          ideaId: idea.id,
          actorId: viewer?.id,
          hidden: idea.hidden,
          authorId: idea.author_id,
        });
      }
    }
    return closed;
  }

  /**
   * Writes an event's outcome back to a challenge, in the caller's transaction: its outcome text,
   * the chosen ideas SELECTED, and closed when asked (curators of the challenge only).
   */
  async writeOutcome(
    tx: EntityManager,
    actor: Viewer,
    challengeId: string,
    outcome: { outcome: string; selectedIdeaIds: readonly string[]; close: boolean; field: string },
  ): Promise<void> {
    const { challenge, holderIds } = await this.lockVisible(tx, challengeId, actor);
    authorize(actor, 'challenge.close', { holderIds });
    const selected = [...new Set(outcome.selectedIdeaIds)];
    if (selected.some((id) => !isUuid(id))) {
      throw DomainError.badInput(`${outcome.field}.selectedIdeaIds`, 'Pick ideas of this challenge.');
    }
    try {
      await this.selectIdeas(tx, challenge.id, selected, actor);
    } catch (e) {
      if (e instanceof DomainError && e.field === 'selectedIdeaIds')
        throw DomainError.badInput(`${outcome.field}.selectedIdeaIds`, e.message);
      throw e;
    }
    const close = outcome.close && challenge.status === ChallengeStatus.OPEN;
    if (close) {
      const closed: ChallengeClosed = {
        type: 'challenge.closed',
        challengeId: challenge.id,
        actorId: actor.id,
      };
      await this.events.emit(tx, closed);
    }
    await tx.update(
      ChallengeEntity,
      { id: challenge.id },
      { outcome: outcome.outcome, ...(close ? { status: ChallengeStatus.CLOSED } : {}) },
    );
    await this.audit.record(
      tx,
      actor,
      'challenge.writeOutcome',
      'Challenge',
      challenge.id,
      close ? 'closed' : null,
    );
  }

  /** Marks ideas of the challenge SELECTED, with the audit entries and events of curation. */
  private async selectIdeas(
    tx: EntityManager,
    challengeId: string,
    ids: string[],
    actor: Viewer,
  ): Promise<number> {
    if (!ids.length) return 0;
    const rows: { id: string; status: IdeaStatus; author_id: string }[] = await tx.query(
      `SELECT id, status, author_id FROM ideas WHERE challenge_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [challengeId, ids],
    );
    if (rows.length !== ids.length || rows.some((r) => r.status === IdeaStatus.MERGED)) {
      throw DomainError.badInput('selectedIdeaIds', 'Pick ideas of this challenge that were not merged.');
    }
    const changing = rows.filter((r) => r.status !== IdeaStatus.SELECTED);
    for (const idea of changing) {
      await tx.query(`UPDATE ideas SET status = 'SELECTED', updated_at = now() WHERE id = $1`, [idea.id]);
      await this.audit.record(tx, actor, 'idea.setStatus', 'Idea', idea.id, `${idea.status} → SELECTED`);
      const event: IdeaStatusChanged = {
        type: 'idea.statusChanged',
        ideaId: idea.id,
        challengeId,
        authorId: idea.author_id,
        from: idea.status,
        to: IdeaStatus.SELECTED,
        actorId: actor.id,
      };
      await this.events.emit(tx, event);
    }
    return changing.length;
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
    change: (
      c: ChallengeEntity,
      tx: EntityManager,
    ) => Partial<ChallengeEntity> | null | Promise<Partial<ChallengeEntity> | null>,
  ): Promise<ChallengeEntity> {
    requireViewer(viewer);
    const [result, changed] = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.lockVisible(tx, id, viewer);
      authorize(viewer, action, { holderIds });
      const changes = await change(challenge, tx);
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
    return manager
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .where(...Drafts.where('c', viewer?.id ?? null));
  }

  /**
   * Inserts a challenge with a fresh join code, drawing another while the code is taken (the
   * unique index decides, so parallel creations never share one). Returns its id.
   */
  private async insertWithJoinCode(
    tx: EntityManager,
    values: Omit<Partial<ChallengeEntity>, 'joinCode'>,
  ): Promise<string> {
    for (let draw = 0; draw < JOIN_CODE_DRAWS; draw++) {
      const { raw } = await tx
        .createQueryBuilder()
        .insert()
        .into(ChallengeEntity)
        .values({ ...values, joinCode: generateJoinCode() })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (raw as { id: string }[])[0];
      if (row) return row.id;
    }
    throw new Error(`No free join code after ${JOIN_CODE_DRAWS} draws`);
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
