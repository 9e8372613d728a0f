import { Injectable } from '@nestjs/common';
import { ErrorCode, LIMITS, ReportStatus } from '@ouimake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { AuditService } from '../audit/audit.service';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { checkReason, CurationService } from './curation.service';
import { resolveOpenReports, unhideContent } from './moderation';
import { ReportEntity } from './report.entity';

/** Said of content hidden by reports, to its author and to curators, until someone reviews it. */
export const PENDING_REVIEW = 'Reported by several people: hidden until a facilitator reviews it.';

/**
 * Reports: anyone signed in reports an idea or a comment once; reports from three different people
 * hide it pending review; facilitators and admins work through the queue, hiding the content
 * (ACTIONED) or dismissing the reports (DISMISSED, and shown again if the reports had hidden it).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly ideas: IdeasService,
    private readonly curation: CurationService,
    private readonly audit: AuditService,
  ) {}

  async reportIdea(viewer: Viewer | null, id: string, reason: string): Promise<ReportEntity> {
    const me = authorize(viewer, 'content.report');
    const why = checkReason(reason);
    const { report, idea, hidden } = await this.db.transaction(async (tx) => {
      const { idea } = await this.ideas.lockIdea(tx, id, me);
      const report = await this.insert(tx, me, { ideaId: idea.id }, why);
      const hidden = !idea.hidden && (await this.reporters(tx, 'idea_id', idea.id)) >= LIMITS.reportsToHide;
      if (hidden) await this.curation.hideIdeaIn(tx, idea, PENDING_REVIEW, null);
      return { report, idea: hidden ? await tx.findOneByOrFail(IdeaEntity, { id: idea.id }) : idea, hidden };
    });
    if (hidden) await this.curation.announceIdeaVisibility(idea, undefined);
    return report;
  }

  async reportComment(viewer: Viewer | null, id: string, reason: string): Promise<ReportEntity> {
    const me = authorize(viewer, 'content.report');
    const why = checkReason(reason);
    const { report, comment, idea, hidden } = await this.db.transaction(async (tx) => {
      const { comment, idea } = await this.curation.lockComment(tx, id, me);
      if (comment.deletedAt) throw DomainError.badInput('id', 'This comment was deleted by its author.');
      const report = await this.insert(tx, me, { commentId: comment.id }, why);
      const hidden =
        !comment.hidden && (await this.reporters(tx, 'comment_id', comment.id)) >= LIMITS.reportsToHide;
      if (hidden) await this.curation.hideCommentIn(tx, comment, idea, PENDING_REVIEW, null);
      return {
        report,
        comment: hidden ? await tx.findOneByOrFail(CommentEntity, { id: comment.id }) : comment,
        idea,
        hidden,
      };
    });
    if (hidden) await this.curation.announceCommentVisibility(comment, idea, me.id);
    return report;
  }

  /**
   * Facilitators and admins. `hide`: the content is hidden (its open reports ACTIONED); otherwise the
   * open reports of the content are DISMISSED and, if reports had hidden it, it is shown again.
   */
  async resolve(viewer: Viewer | null, id: string, hide: boolean): Promise<ReportEntity> {
    const me = authorize(viewer, 'report.review');
    const found = isUuid(id) ? await this.db.getRepository(ReportEntity).findOneBy({ id }) : null;
    if (!found) throw DomainError.notFound('This report');
    const after = await this.db.transaction(async (tx) => {
      // The challenge first (as every write on its ideas), then the report.
      const target = found.ideaId
        ? { kind: 'idea' as const, ...(await this.ideas.lockIdea(tx, found.ideaId, me)) }
        : {
            kind: 'comment' as const,
            ...(await this.curation.lockComment(tx, found.commentId as string, me)),
          };
      const report = await tx
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .where('r.id = :id', { id })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (report.status !== ReportStatus.OPEN) {
        throw new DomainError(ErrorCode.CONFLICT, 'This report was already resolved.');
      }
      let visibilityChanged = false;
      if (hide) {
        if (target.kind === 'idea') {
          visibilityChanged = !target.idea.hidden;
          await this.curation.hideIdeaIn(tx, target.idea, report.reason, me);
        } else {
          visibilityChanged = !target.comment.hidden;
          await this.curation.hideCommentIn(tx, target.comment, target.idea, report.reason, me);
        }
      } else {
        const content = target.kind === 'idea' ? target.idea : target.comment;
        if (content.hiddenByReports) visibilityChanged = await unhideContent(tx, target.kind, content.id);
      }
      const status = hide ? ReportStatus.ACTIONED : ReportStatus.DISMISSED;
      const contentId = target.kind === 'idea' ? target.idea.id : target.comment.id;
      await resolveOpenReports(tx, target.kind, contentId, status, me.id);
      await this.audit.record(tx, me, 'report.resolve', 'Report', report.id, status);
      return {
        report: await tx.findOneByOrFail(ReportEntity, { id: report.id }),
        target,
        visibilityChanged,
      };
    });
    if (after.visibilityChanged) {
      if (after.target.kind === 'idea') {
        const idea = await this.db.getRepository(IdeaEntity).findOneByOrFail({ id: after.target.idea.id });
        await this.curation.announceIdeaVisibility(idea, me.id);
      } else {
        const comment = await this.db
          .getRepository(CommentEntity)
          .findOneByOrFail({ id: after.target.comment.id });
        await this.curation.announceCommentVisibility(comment, after.target.idea, me.id);
      }
    }
    return after.report;
  }

  /** The queue, oldest first; facilitators and admins. */
  page<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; status?: ReportStatus[] | null },
    toNode: (e: ReportEntity) => N,
  ): Promise<Page<N>> {
    authorize(viewer, 'report.review');
    const qb = this.db.getRepository(ReportEntity).createQueryBuilder('r');
    if (args.status?.length) qb.where('r.status IN (:...statuses)', { statuses: args.status });
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'REPORTS_OLDEST',
        keys: [
          { sql: 'r.created_at', direction: 'ASC', type: 'timestamptz', alias: 'k_created' },
          { sql: 'r.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }

  private async insert(
    tx: EntityManager,
    me: Viewer,
    target: { ideaId?: string; commentId?: string },
    reason: string,
  ): Promise<ReportEntity> {
    const column = target.ideaId ? 'idea_id' : 'comment_id';
    const rows = await returning<{ id: string }>(
      tx,
      `INSERT INTO reports (reporter_id, ${column}, reason) VALUES ($1, $2, $3)
       ON CONFLICT (${column}, reporter_id) WHERE ${column} IS NOT NULL DO NOTHING RETURNING id`,
      [me.id, target.ideaId ?? target.commentId, reason],
    );
    if (!rows.length) throw new DomainError(ErrorCode.CONFLICT, 'You have already reported this.');
    return tx.findOneByOrFail(ReportEntity, { id: rows[0].id });
  }

  /** Different people with an open report on the content. */
  private async reporters(tx: EntityManager, column: 'idea_id' | 'comment_id', id: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(DISTINCT reporter_id)::int AS n FROM reports WHERE ${column} = $1 AND status = 'OPEN'`,
      [id],
    );
    return rows[0].n;
  }
}
