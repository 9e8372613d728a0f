import { Injectable } from '@nestjs/common';
import { ActivityKind, LIMITS } from '@ouimake/domain';
import { ActivityPublisher } from '../live/activity.publisher';
import { DataSource } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { requiredText } from '../../core/validation/text';
import { assertOpen, recordContribution } from '../ideas/idea-rules';
import type { IdeaAudience } from '../ideas/ideas.service';
import { IdeasService } from '../ideas/ideas.service';
import { CommentEntity } from './comment.entity';
import type { AddCommentInput } from './dto/add-comment.input';

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly ideas: IdeasService,
    private readonly activity: ActivityPublisher,
  ) {}

  /** A comment or a reply to a top-level comment of the same idea (one level of replies). */
  async add(viewer: Viewer | null, input: AddCommentInput): Promise<CommentEntity> {
    const me = authorize(viewer, 'comment.add');
    const body = requiredText(input.body, 'body', LIMITS.comment.bodyMin, LIMITS.comment.bodyMax);
    const { comment, idea } = await this.db.transaction(async (tx) => {
      const { idea, challenge } = await this.ideas.lockIdea(tx, input.ideaId, me);
      assertOpen(challenge);
      if (input.parentId !== undefined && input.parentId !== null) {
        const parent = isUuid(input.parentId)
          ? await tx.findOneBy(CommentEntity, { id: input.parentId })
          : null;
        if (!parent || parent.ideaId !== idea.id || (parent.hidden && parent.authorId !== me.id)) {
          throw DomainError.badInput('parentId', 'Reply to a comment of the same idea.');
        }
        if (parent.parentId !== null) throw DomainError.badInput('parentId', 'Replies cannot be replied to.');
        if (parent.deletedAt !== null) throw DomainError.badInput('parentId', 'This comment was deleted.');
      }
      const { identifiers } = await tx.insert(CommentEntity, {
        ideaId: idea.id,
        authorId: me.id,
        parentId: input.parentId ?? null,
        body,
      });
      await tx.query(`UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1`, [idea.id]);
      await recordContribution(tx, challenge.id, me.id);
      return { comment: await tx.findOneByOrFail(CommentEntity, { id: identifiers[0].id as string }), idea };
    });
    await this.activity.publish({
      kind: ActivityKind.COMMENT_ADDED,
      challengeId: idea.challengeId,
      ideaId: idea.id,
      commentId: comment.id,
      actorId: me.id,
      hidden: idea.hidden,
      authorId: idea.authorId,
    });
    return comment;
  }

  /** The author deletes their comment: its text goes, its place in the thread stays. Idempotent. */
  async delete(viewer: Viewer | null, id: string): Promise<string> {
    const me = requireViewer(viewer);
    const { commentId, idea } = await this.db.transaction(async (tx) => {
      const comment = isUuid(id) ? await tx.findOneBy(CommentEntity, { id }) : null;
      if (!comment) throw DomainError.notFound('This comment');
      const { idea } = await this.ideas.lockIdea(tx, comment.ideaId, me);
      authorize(me, 'comment.delete', { authorId: comment.authorId });
      const deleted = await returning(
        tx,
        `UPDATE comments SET body = '', deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
        [comment.id],
      );
      if (deleted.length)
        await tx.query(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1`, [idea.id]);
      return { commentId: comment.id, idea };
    });
    await this.ideas.announce(ActivityKind.IDEA_UPDATED, idea, me.id);
    return commentId;
  }

  /** An idea's thread, oldest first; replies come after their parent's siblings, parent linked. */
  page<N>(
    ideaId: string,
    args: { first?: number | null; after?: string | null },
    audience: IdeaAudience,
    toNode: (e: CommentEntity) => N,
  ): Promise<Page<N>> {
    const qb = this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.idea_id = :ideaId', { ideaId });
    if (!audience.curates) {
      if (audience.viewer)
        qb.andWhere('(c.hidden = false OR c.author_id = :viewerId)', { viewerId: audience.viewer.id });
      else qb.andWhere('c.hidden = false');
    }
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'COMMENTS',
        keys: [
          { sql: 'c.created_at', direction: 'ASC', type: 'timestamptz', alias: 'k_created' },
          { sql: 'c.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
