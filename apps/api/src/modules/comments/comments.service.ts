import { Injectable } from '@nestjs/common';
import { ActivityKind, LIMITS } from '@ouimake/domain';
import { ActivityPublisher } from '../live/activity.publisher';
import { DataSource } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { checkClientKey, once } from '../../core/database/client-key';
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
import { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { curatesChallenge, HiddenContent } from '../visibility';
import { CommentEntity } from './comment.entity';
import { DomainEvents } from '../../core/events/domain-events';
import type { CommentAdded } from '../ideas/ideas.events';
import type { AddCommentInput } from './dto/add-comment.input';

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly ideas: IdeasService,
    private readonly activity: ActivityPublisher,
    private readonly events: DomainEvents,
  ) {}

  /** A comment or a reply to a top-level comment of the same idea (one level of replies). */
  async add(viewer: Viewer | null, input: AddCommentInput): Promise<CommentEntity> {
    const me = authorize(viewer, 'comment.add');
    const body = requiredText(input.body, 'body', LIMITS.comment.bodyMin, LIMITS.comment.bodyMax);
    const clientKey = checkClientKey(input.clientKey);
    const { value, created } = await once(
      clientKey,
      'uq_comments_author_client_key',
      async (key) => {
        const comment = await this.addedBefore(me.id, key, input.ideaId);
        return comment && { comment, idea: null };
      },
      () => this.insert(me, input, body, clientKey),
    );
    // A retry answers what the first attempt made; the watchers heard of it then.
    const { comment, idea } = value;
    if (created && idea) {
      await this.activity.publish({
        kind: ActivityKind.COMMENT_ADDED,
        challengeId: idea.challengeId,
        ideaId: idea.id,
        commentId: comment.id,
        actorId: me.id,
        hidden: idea.hidden,
        authorId: idea.authorId,
      });
    }
    return comment;
  }

  /** The comment this author already added with this key, under this idea (under another: refused). */
  private async addedBefore(
    authorId: string,
    clientKey: string,
    ideaId: string,
  ): Promise<CommentEntity | null> {
    const comment = await this.db.getRepository(CommentEntity).findOneBy({ authorId, clientKey });
    if (comment && comment.ideaId !== ideaId) {
      throw DomainError.badInput('clientKey', 'This client key was given to another comment.');
    }
    return comment;
  }

  private async insert(
    me: Viewer,
    input: AddCommentInput,
    body: string,
    clientKey: string | null,
  ): Promise<{ comment: CommentEntity; idea: IdeaEntity | null }> {
    return this.db.transaction(async (tx) => {
      const { idea, challenge, holderIds } = await this.ideas.lockIdea(tx, input.ideaId, me);
      assertOpen(challenge);
      if (input.parentId !== undefined && input.parentId !== null) {
        const parent = isUuid(input.parentId)
          ? await tx.findOneBy(CommentEntity, { id: input.parentId })
          : null;
        // A reply goes under a comment the person can see (a curator may answer a hidden one).
        const who = { viewer: me, curates: curatesChallenge(me, holderIds.includes(me.id)) };
        if (!parent || parent.ideaId !== idea.id || !HiddenContent.visible(parent, who)) {
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
        clientKey,
      });
      await tx.query(`UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1`, [idea.id]);
      await recordContribution(tx, challenge.id, me.id);
      const added: CommentAdded = {
        type: 'comment.added',
        commentId: identifiers[0].id as string,
        ideaId: idea.id,
        challengeId: challenge.id,
        authorId: me.id,
        ideaHidden: idea.hidden,
      };
      await this.events.emit(tx, added);
      return { comment: await tx.findOneByOrFail(CommentEntity, { id: identifiers[0].id as string }), idea };
    });
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
        `UPDATE comments SET body = '', deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING hidden`,
        [comment.id],
      );
      // The counter counts the comments people see: neither deleted nor hidden.
      if (deleted.length && !deleted[0]['hidden'])
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
    const hidden = HiddenContent.where('c', audience);
    if (hidden) qb.andWhere(...hidden);
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
