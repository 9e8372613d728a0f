import { checkClientKey, once } from '../../core/database/client-key';
import { Injectable } from '@nestjs/common';
import { ActivityKind, ErrorCode, IdeaOrder, IdeaStatus } from '@ouimake/domain';
import { ActivityPublisher } from '../live/activity.publisher';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage, type SortKey } from '../../core/pagination/keyset';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { holdersOf } from '../projects/holders';
import { BlindCounts, curatesChallenge, HiddenContent, type ContentViewer } from '../visibility';
import type { ProposeIdeaInput, UpdateIdeaInput } from './dto/idea.inputs';
import { assertIdeasOpen } from '../brainstorm/brainstorm-rules';
import { takeBackVote } from '../votes/vote-rules';
import { IdeaEntity } from './idea.entity';
import { DomainEvents } from '../../core/events/domain-events';
import type { IdeaProposed } from './ideas.events';
import { assertOpen, checkIdeaBody, checkIdeaTitle, IDEA_TEXT, recordContribution } from './idea-rules';

const ORDER_KEYS: Record<IdeaOrder, SortKey[]> = {
  [IdeaOrder.TOP]: [
    { sql: 'i.vote_count', direction: 'DESC', type: 'int', alias: 'k_votes' },
    { sql: 'i.created_at', direction: 'ASC', type: 'timestamptz', alias: 'k_created' },
    { sql: 'i.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
  ],
  [IdeaOrder.NEWEST]: [
    { sql: 'i.created_at', direction: 'DESC', type: 'timestamptz', alias: 'k_created' },
    { sql: 'i.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
  ],
};

/** What a viewer may see of a challenge's ideas, decided once per challenge. */
export type IdeaAudience = ContentViewer;

@Injectable()
export class IdeasService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly challenges: ChallengesService,
    private readonly activity: ActivityPublisher,
    private readonly events: DomainEvents,
  ) {}

  /** An idea the viewer may see (its challenge visible; hidden ones to curators and the author). */
  async findVisible(id: string, viewer: Viewer | null): Promise<IdeaEntity | null> {
    if (!isUuid(id)) return null;
    const idea = await this.db.getRepository(IdeaEntity).findOneBy({ id });
    if (!idea) return null;
    const challenge = await this.challenges.findVisible(idea.challengeId, viewer);
    if (!challenge) return null;
    if (idea.hidden && !HiddenContent.visible(idea, await this.contentViewer(challenge, viewer))) return null;
    return idea;
  }

  /**
   * A challenge's ideas. Merged ideas are left out unless asked for by status; hidden ones are
   * shown to curators and their author only. While votes are blind to the viewer, TOP would leak
   * the counts, so the order falls back to NEWEST.
   */
  async page<N>(
    challenge: ChallengeEntity,
    args: {
      first?: number | null;
      after?: string | null;
      orderBy?: IdeaOrder | null;
      status?: IdeaStatus[] | null;
    },
    audience: IdeaAudience,
    toNode: (e: IdeaEntity) => N,
  ): Promise<Page<N>> {
    const order = BlindCounts.ideaOrder(args.orderBy ?? IdeaOrder.TOP, challenge, audience);
    const qb = this.db
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .where('i.challenge_id = :cid', { cid: challenge.id });
    const statuses = args.status?.length
      ? args.status
      : [IdeaStatus.PROPOSED, IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED];
    qb.andWhere('i.status IN (:...statuses)', { statuses });
    this.hideHidden(qb, audience);
    return keysetPage(
      qb,
      this.cursors,
      {
        order,
        keys: ORDER_KEYS[order],
        first: args.first,
        after: args.after,
        // The wall (every status but merged): the challenge's counter, not a count of its ideas.
        totalCount: args.status?.length ? undefined : () => this.wallCount(challenge, audience),
      },
      toNode,
    );
  }

  /**
   * How many ideas the wall shows this audience: the challenge's `idea_count` (its ideas neither
   * hidden nor merged, kept by the code that changes them) and the hidden ones the audience may see
   * (all for curators, their own for others), found by a partial index. It does not grow with the
   * challenge's ideas.
   */
  private async wallCount(challenge: ChallengeEntity, { viewer, curates }: IdeaAudience): Promise<number> {
    if (!curates && !viewer) return challenge.ideaCount;
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM ideas
        WHERE challenge_id = $1 AND hidden AND status <> 'MERGED' AND ($2::uuid IS NULL OR author_id = $2)`,
      [challenge.id, curates ? null : (viewer?.id ?? null)],
    );
    return challenge.ideaCount + (rows[0]?.n ?? 0);
  }

  /** The viewer's own ideas, newest first, whatever their status (hidden and merged ones included). */
  async pageOfAuthor<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null },
    toNode: (e: IdeaEntity) => N,
  ): Promise<Page<N>> {
    const me = requireViewer(viewer);
    const qb = this.db
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .where('i.author_id = :me', { me: me.id });
    return keysetPage(
      qb,
      this.cursors,
      { order: 'MY_IDEAS', keys: ORDER_KEYS[IdeaOrder.NEWEST], first: args.first, after: args.after },
      toNode,
    );
  }

  async propose(viewer: Viewer | null, input: ProposeIdeaInput): Promise<IdeaEntity> {
    const me = authorize(viewer, 'idea.propose');
    const title = checkIdeaTitle(input.title);
    const body = checkIdeaBody(input.body);
    const clientKey = checkClientKey(input.clientKey);
    const { value: idea, created } = await once(
      clientKey,
      'uq_ideas_author_client_key',
      (key) => this.proposedBefore(me.id, key, input.challengeId),
      () => this.insertProposal(me, input.challengeId, { title, body, clientKey }),
    );
    // A retry answers what the first attempt made; the watchers heard of it then.
    if (created) await this.announce(ActivityKind.IDEA_PROPOSED, idea, me.id);
    return idea;
  }

  /** The idea this author already proposed with this key, on this challenge (on another: refused). */
  private async proposedBefore(
    authorId: string,
    clientKey: string,
    challengeId: string,
  ): Promise<IdeaEntity | null> {
    const idea = await this.db.getRepository(IdeaEntity).findOneBy({ authorId, clientKey });
    if (idea && idea.challengeId !== challengeId) {
      throw DomainError.badInput('clientKey', 'This client key was given to another proposal.');
    }
    return idea;
  }

  private insertProposal(
    me: Viewer,
    challengeId: string,
    text: { title: string; body: string; clientKey: string | null },
  ): Promise<IdeaEntity> {
    return this.db.transaction(async (tx) => {
      const { challenge } = await this.challenges.lockVisible(tx, challengeId, me);
      assertOpen(challenge);
      await assertIdeasOpen(tx, challenge.id);
      const { identifiers } = await tx.insert(IdeaEntity, {
        challengeId: challenge.id,
        authorId: me.id,
        ...text,
      });
      await tx.query(`UPDATE challenges SET idea_count = idea_count + 1 WHERE id = $1`, [challenge.id]);
      await recordContribution(tx, challenge.id, me.id);
      const proposed: IdeaProposed = {
        type: 'idea.proposed',
        ideaId: identifiers[0].id as string,
        challengeId: challenge.id,
        authorId: me.id,
      };
      await this.events.emit(tx, proposed);
      return tx.findOneByOrFail(IdeaEntity, { id: identifiers[0].id as string });
    });
  }

  /** Tells the challenge's watchers about an idea, once the change is committed. */
  announce(
    kind: ActivityKind,
    idea: IdeaEntity,
    actorId: string,
    facts: { blind?: boolean } = {},
  ): Promise<void> {
    return this.activity.publish({
      ...facts,
      kind,
      challengeId: idea.challengeId,
      ideaId: idea.id,
      actorId,
      hidden: idea.hidden,
      authorId: idea.authorId,
    });
  }

  async update(viewer: Viewer | null, id: string, input: UpdateIdeaInput): Promise<IdeaEntity> {
    const me = requireViewer(viewer);
    const updated = await this.db.transaction(async (tx) => {
      const { idea, challenge } = await this.lockIdea(tx, id, me);
      authorize(me, 'idea.edit', { authorId: idea.authorId });
      assertOpen(challenge);
      const changes: Partial<IdeaEntity> = {};
      if (input.title !== undefined && input.title !== null) changes.title = checkIdeaTitle(input.title);
      if (input.body !== undefined && input.body !== null) changes.body = checkIdeaBody(input.body);
      if (Object.keys(changes).length) await tx.update(IdeaEntity, { id: idea.id }, changes);
      return tx.findOneByOrFail(IdeaEntity, { id: idea.id });
    });
    await this.announce(ActivityKind.IDEA_UPDATED, updated, me.id);
    return updated;
  }

  /** The author takes back an idea nobody else voted for; their own vote is given back. */
  async withdraw(viewer: Viewer | null, id: string): Promise<string> {
    const me = requireViewer(viewer);
    const withdrawn = await this.db.transaction(async (tx) => {
      const { idea, challenge } = await this.lockIdea(tx, id, me);
      authorize(me, 'idea.withdraw', { authorId: idea.authorId });
      assertOpen(challenge);
      const others: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM votes WHERE idea_id = $1 AND user_id <> $2`,
        [idea.id, me.id],
      );
      if (others[0].n > 0) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'Others have voted for this idea: it can no longer be withdrawn.',
        );
      }
      await takeBackVote(tx, challenge.id, idea.id, me.id);
      await tx.delete(IdeaEntity, { id: idea.id });
      // The counter counts the ideas people see: neither hidden nor merged.
      if (!idea.hidden && idea.status !== IdeaStatus.MERGED)
        await tx.query(`UPDATE challenges SET idea_count = idea_count - 1 WHERE id = $1`, [challenge.id]);
      return idea;
    });
    await this.activity.publish({
      kind: ActivityKind.IDEA_REMOVED,
      challengeId: withdrawn.challengeId,
      ideaId: withdrawn.id,
      actorId: me.id,
      hidden: withdrawn.hidden,
      authorId: withdrawn.authorId,
    });
    await this.activity.publish({
      kind: ActivityKind.CHALLENGE_UPDATED,
      challengeId: withdrawn.challengeId,
      actorId: me.id,
    });
    return withdrawn.id;
  }

  /** Ideas of the challenge whose text is close to `text` (trigram similarity on the index). */
  similarTo(
    challengeId: string,
    text: string,
    audience: IdeaAudience,
    first: number,
    excludeId?: string,
  ): Promise<IdeaEntity[]> {
    const qb = this.db
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .where('i.challenge_id = :cid', { cid: challengeId })
      .andWhere('i.status <> :merged', { merged: IdeaStatus.MERGED })
      // `<%` (word similarity) finds an idea containing what is typed; `%` a whole text that is close.
      .andWhere(
        `(ouimake_unaccent(lower(:text)) <% ${IDEA_TEXT} OR ${IDEA_TEXT} % ouimake_unaccent(lower(:text)))`,
        {
          text,
        },
      )
      .orderBy(
        `GREATEST(word_similarity(ouimake_unaccent(lower(:text)), ${IDEA_TEXT}), similarity(${IDEA_TEXT}, ouimake_unaccent(lower(:text))))`,
        'DESC',
      )
      .addOrderBy('i.id', 'ASC')
      .limit(first);
    if (excludeId) qb.andWhere('i.id <> :excludeId', { excludeId });
    this.hideHidden(qb, audience);
    return qb.getMany();
  }

  private hideHidden(qb: SelectQueryBuilder<IdeaEntity>, audience: IdeaAudience): void {
    const hidden = HiddenContent.where('i', audience);
    if (hidden) qb.andWhere(...hidden);
  }

  private async contentViewer(challenge: ChallengeEntity, viewer: Viewer | null): Promise<ContentViewer> {
    if (!viewer) return { viewer: null, curates: false };
    const holderIds = await holdersOf(this.db.manager, challenge.projectId);
    return { viewer, curates: curatesChallenge(viewer, holderIds.includes(viewer.id)) };
  }

  /** Whether a person curates a challenge whose project has these holders. */
  curates(viewer: Viewer, holderIds: readonly string[]): boolean {
    return curatesChallenge(viewer, holderIds.includes(viewer.id));
  }

  /** The idea (locked) and its challenge (locked), in the transaction. */
  async lockIdea(
    tx: EntityManager,
    id: string,
    viewer: Viewer,
  ): Promise<{ idea: IdeaEntity; challenge: ChallengeEntity; holderIds: string[] }> {
    const idea = isUuid(id) ? await tx.findOneBy(IdeaEntity, { id }) : null;
    if (!idea) throw DomainError.notFound('This idea');
    const { challenge, holderIds } = await this.challenges.lockVisible(tx, idea.challengeId, viewer);
    const locked = await tx
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!locked) throw DomainError.notFound('This idea');
    const who = { viewer, curates: curatesChallenge(viewer, holderIds.includes(viewer.id)) };
    if (!HiddenContent.visible(locked, who)) {
      throw DomainError.notFound('This idea');
    }
    return { idea: locked, challenge, holderIds };
  }
}
