import { Injectable } from '@nestjs/common';
import { ActivityKind, ErrorCode, IdeaStatus, LIMITS, ReportStatus } from '@ouimake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainEvents } from '../../core/events/domain-events';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import { requiredText } from '../../core/validation/text';
import { AuditService } from '../audit/audit.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { ActivityPublisher } from '../live/activity.publisher';
import { BlindCounts } from '../visibility';
import type { CurationEvent } from './curation.events';
import { hideContent, resolveOpenReports, unhideContent } from './moderation';

/** A curator's reason for hiding: said to the author, kept in the audit log. */
export function checkReason(reason: string, field = 'reason'): string {
  return requiredText(reason, field, LIMITS.moderation.reasonMin, LIMITS.moderation.reasonMax);
}

/**
 * Curation of a challenge's ideas by its curators (its project's holders, facilitators, admins):
 * statuses, merges, hiding. Every act takes the challenge's lock first, as votes do, so that a vote
 * racing a merge is either counted on the target or refused; every act writes its audit entry and
 * raises its domain event in the same transaction, and is announced live once committed.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly activity: ActivityPublisher,
  ) {}

  async setIdeaStatus(viewer: Viewer | null, id: string, status: IdeaStatus): Promise<IdeaEntity> {
    const me = requireViewer(viewer);
    if (status === IdeaStatus.MERGED) {
      throw DomainError.badInput('status', 'An idea becomes MERGED by merging it into another (mergeIdeas).');
    }
    const { idea, changed } = await this.db.transaction(async (tx) => {
      const { idea, holderIds } = await this.ideas.lockIdea(tx, id, me);
      authorize(me, 'idea.curate', { holderIds });
      if (idea.status === IdeaStatus.MERGED) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'This idea was merged into another: curate the idea it was merged into.',
        );
      }
      if (idea.status === status) return { idea, changed: false };
      await tx.update(IdeaEntity, { id: idea.id }, { status });
      await this.audit.record(tx, me, 'idea.setStatus', 'Idea', idea.id, `${idea.status} → ${status}`);
      await this.emit(tx, {
        type: 'idea.statusChanged',
        ideaId: idea.id,
        challengeId: idea.challengeId,
        authorId: idea.authorId,
        from: idea.status,
        to: status,
        actorId: me.id,
      });
      return { idea: await tx.findOneByOrFail(IdeaEntity, { id: idea.id }), changed: true };
    });
    if (changed) await this.ideas.announce(ActivityKind.IDEA_UPDATED, idea, me.id);
    return idea;
  }

  /**
   * Folds the source into the target: the source becomes MERGED (its comments stay, linked to the
   * target), and each of its voters ends with exactly one vote on the target; a person who had
   * voted for both gets one vote back in their budget. Returns the target.
   */
  async merge(viewer: Viewer | null, sourceId: string, targetId: string): Promise<IdeaEntity> {
    const me = requireViewer(viewer);
    if (sourceId === targetId)
      throw DomainError.badInput('targetId', 'An idea cannot be merged into itself.');
    const { source, target, challenge } = await this.db.transaction(async (tx) => {
      const { idea: source, challenge, holderIds } = await this.ideas.lockIdea(tx, sourceId, me);
      authorize(me, 'idea.curate', { holderIds });
      const target = isUuid(targetId)
        ? await tx
            .getRepository(IdeaEntity)
            .createQueryBuilder('i')
            .where('i.id = :targetId', { targetId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!target || target.challengeId !== source.challengeId) {
        throw DomainError.badInput('targetId', 'Merge into an idea of the same challenge.');
      }
      if (source.status === IdeaStatus.MERGED) {
        throw DomainError.badInput('sourceId', 'This idea was already merged into another.');
      }
      if (target.status === IdeaStatus.MERGED) {
        throw DomainError.badInput('targetId', 'That idea was merged into another: merge into that one.');
      }
      // Voters of both: their vote on the source goes, and comes back to their budget.
      const both = await returning<{ user_id: string }>(
        tx,
        `DELETE FROM votes s USING votes t
          WHERE s.idea_id = $1 AND t.idea_id = $2 AND t.user_id = s.user_id RETURNING s.user_id`,
        [source.id, target.id],
      );
      if (both.length) {
        await tx.query(
          `UPDATE vote_tallies SET used = used - 1 WHERE challenge_id = $1 AND user_id = ANY($2::uuid[])`,
          [challenge.id, both.map((r) => r.user_id)],
        );
      }
      // Everyone else's vote moves to the target, spending nothing more.
      await tx.query(`UPDATE votes SET idea_id = $2 WHERE idea_id = $1`, [source.id, target.id]);
      await tx.query(
        `UPDATE ideas SET vote_count = (SELECT count(*) FROM votes WHERE idea_id = $1) WHERE id = $1`,
        [target.id],
      );
      await tx.update(
        IdeaEntity,
        { id: source.id },
        { status: IdeaStatus.MERGED, mergedIntoId: target.id, voteCount: 0 },
      );
      if (!source.hidden) {
        await tx.query(`UPDATE challenges SET idea_count = idea_count - 1 WHERE id = $1`, [challenge.id]);
      }
      await this.audit.record(tx, me, 'idea.merge', 'Idea', source.id, `into ${target.id}`);
      await this.emit(tx, {
        type: 'idea.merged',
        sourceId: source.id,
        targetId: target.id,
        challengeId: challenge.id,
        authorId: source.authorId,
        actorId: me.id,
      });
      return {
        source: await tx.findOneByOrFail(IdeaEntity, { id: source.id }),
        target: await tx.findOneByOrFail(IdeaEntity, { id: target.id }),
        challenge,
      };
    });
    await this.ideas.announce(ActivityKind.IDEA_UPDATED, source, me.id);
    await this.ideas.announce(ActivityKind.VOTES_CHANGED, target, me.id, {
      blind: BlindCounts.hidden(challenge, { curates: false }),
    });
    return target;
  }

  async hideIdea(viewer: Viewer | null, id: string, reason: string): Promise<IdeaEntity> {
    const me = requireViewer(viewer);
    const why = checkReason(reason);
    const idea = await this.db.transaction(async (tx) => {
      const { idea, holderIds } = await this.ideas.lockIdea(tx, id, me);
      authorize(me, 'idea.curate', { holderIds });
      await this.hideIdeaIn(tx, idea, why, me);
      await resolveOpenReports(tx, 'idea', idea.id, ReportStatus.ACTIONED, me.id);
      return tx.findOneByOrFail(IdeaEntity, { id: idea.id });
    });
    await this.announceIdeaVisibility(idea, me.id);
    return idea;
  }

  /** Hides an idea in the caller's transaction (the challenge locked), with its audit entry and event. */
  async hideIdeaIn(tx: EntityManager, idea: IdeaEntity, reason: string, actor: Viewer | null): Promise<void> {
    const newly = await hideContent(tx, 'idea', idea.id, reason, { actorId: actor?.id ?? null });
    if (actor) await this.audit.record(tx, actor, 'idea.hide', 'Idea', idea.id, reason);
    if (newly) {
      await this.emit(tx, {
        type: 'idea.hidden',
        id: idea.id,
        challengeId: idea.challengeId,
        authorId: idea.authorId,
        reason,
        actorId: actor?.id ?? null,
      });
    }
  }

  async unhideIdea(viewer: Viewer | null, id: string): Promise<IdeaEntity> {
    const me = requireViewer(viewer);
    const { idea, changed } = await this.db.transaction(async (tx) => {
      const { idea, holderIds } = await this.ideas.lockIdea(tx, id, me);
      authorize(me, 'idea.curate', { holderIds });
      const changed = await unhideContent(tx, 'idea', idea.id);
      if (changed) {
        await resolveOpenReports(tx, 'idea', idea.id, ReportStatus.DISMISSED, me.id);
        await this.audit.record(tx, me, 'idea.unhide', 'Idea', idea.id);
      }
      return { idea: await tx.findOneByOrFail(IdeaEntity, { id: idea.id }), changed };
    });
    if (changed) await this.announceIdeaVisibility(idea, me.id);
    return idea;
  }

  async hideComment(viewer: Viewer | null, id: string, reason: string): Promise<CommentEntity> {
    const me = requireViewer(viewer);
    const why = checkReason(reason);
    const { comment, idea } = await this.db.transaction(async (tx) => {
      const { comment, idea, holderIds } = await this.lockComment(tx, id, me);
      authorize(me, 'comment.curate', { holderIds });
      await this.hideCommentIn(tx, comment, idea, why, me);
      await resolveOpenReports(tx, 'comment', comment.id, ReportStatus.ACTIONED, me.id);
      return { comment: await tx.findOneByOrFail(CommentEntity, { id: comment.id }), idea };
    });
    await this.announceCommentVisibility(comment, idea, me.id);
    return comment;
  }

  async hideCommentIn(
    tx: EntityManager,
    comment: CommentEntity,
    idea: IdeaEntity,
    reason: string,
    actor: Viewer | null,
  ): Promise<void> {
    const newly = await hideContent(tx, 'comment', comment.id, reason, { actorId: actor?.id ?? null });
    if (actor) await this.audit.record(tx, actor, 'comment.hide', 'Comment', comment.id, reason);
    if (newly) {
      await this.emit(tx, {
        type: 'comment.hidden',
        id: comment.id,
        challengeId: idea.challengeId,
        authorId: comment.authorId,
        reason,
        actorId: actor?.id ?? null,
      });
    }
  }

  async unhideComment(viewer: Viewer | null, id: string): Promise<CommentEntity> {
    const me = requireViewer(viewer);
    const { comment, idea, changed } = await this.db.transaction(async (tx) => {
      const { comment, idea, holderIds } = await this.lockComment(tx, id, me);
      authorize(me, 'comment.curate', { holderIds });
      const changed = await unhideContent(tx, 'comment', comment.id);
      if (changed) {
        await resolveOpenReports(tx, 'comment', comment.id, ReportStatus.DISMISSED, me.id);
        await this.audit.record(tx, me, 'comment.unhide', 'Comment', comment.id);
      }
      return { comment: await tx.findOneByOrFail(CommentEntity, { id: comment.id }), idea, changed };
    });
    if (changed) await this.announceCommentVisibility(comment, idea, me.id);
    return comment;
  }

  /** A comment (visible to the viewer), its idea and the challenge's holders; the challenge is locked. */
  async lockComment(
    tx: EntityManager,
    id: string,
    viewer: Viewer,
  ): Promise<{ comment: CommentEntity; idea: IdeaEntity; challenge: ChallengeEntity; holderIds: string[] }> {
    const found = isUuid(id) ? await tx.findOneBy(CommentEntity, { id }) : null;
    if (!found) throw DomainError.notFound('This comment');
    const { idea, challenge, holderIds } = await this.ideas.lockIdea(tx, found.ideaId, viewer);
    const comment = await tx.findOneByOrFail(CommentEntity, { id });
    const curates = this.ideas.curates(viewer, holderIds);
    if (comment.hidden && !curates && comment.authorId !== viewer.id)
      throw DomainError.notFound('This comment');
    return { comment, idea, challenge, holderIds };
  }

  /**
   * Tells watchers an idea was hidden or shown again: those who may see hidden content get the
   * idea (marked hidden or not); for the others it is removed, or comes back.
   */
  async announceIdeaVisibility(idea: IdeaEntity, actorId: string | undefined): Promise<void> {
    await this.activity.publish({
      kind: ActivityKind.IDEA_UPDATED,
      challengeId: idea.challengeId,
      ideaId: idea.id,
      actorId,
      hidden: true,
      authorId: idea.authorId,
    });
    if (idea.hidden) {
      await this.activity.publish({
        kind: ActivityKind.IDEA_REMOVED,
        challengeId: idea.challengeId,
        ideaId: idea.id,
        actorId,
        removal: true,
        authorId: idea.authorId,
      });
    } else {
      await this.ideas.announce(ActivityKind.IDEA_PROPOSED, idea, actorId ?? idea.authorId);
    }
  }

  async announceCommentVisibility(comment: CommentEntity, idea: IdeaEntity, actorId: string): Promise<void> {
    const base = { challengeId: idea.challengeId, ideaId: idea.id, commentId: comment.id, actorId };
    if (comment.hidden) {
      // Those who cannot see a hidden idea see none of its thread: nothing to remove for them.
      if (!idea.hidden) {
        await this.activity.publish({
          ...base,
          kind: ActivityKind.COMMENT_REMOVED,
          removal: true,
          authorId: comment.authorId,
        });
      }
      // Curators and the author keep it, marked hidden (as long as they may see the idea).
      if (!idea.hidden) {
        await this.activity.publish({
          ...base,
          kind: ActivityKind.COMMENT_ADDED,
          hidden: true,
          authorId: comment.authorId,
        });
      }
    } else {
      await this.activity.publish({
        ...base,
        kind: ActivityKind.COMMENT_ADDED,
        hidden: idea.hidden,
        authorId: idea.authorId,
      });
    }
  }

  private emit(tx: EntityManager, event: CurationEvent): Promise<void> {
    return this.events.emit(tx, event);
  }
}
