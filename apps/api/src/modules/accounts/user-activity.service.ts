import { Injectable } from '@nestjs/common';
import { IdeaStatus, Role } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { Drafts, HiddenContent, type ContentViewer } from '../visibility';

/** What a person's public profile lists of their contributions, when they allowed it. */
@Injectable()
export class UserActivityService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  /**
   * Whether `viewer` may read the contributions of someone whose choice is `showActivity`: everyone
   * when they allowed it, else themself and admins only.
   */
  readable(viewer: Viewer | null, authorId: string, showActivity: boolean): boolean {
    return showActivity || viewer?.id === authorId || viewer?.role === Role.ADMIN;
  }

  /**
   * Their ideas, newest first, as the viewer would meet them on the board: none of a draft the
   * viewer may not see, none hidden (but to themself), none merged away.
   */
  ideas<N>(
    viewer: Viewer | null,
    authorId: string,
    args: { first?: number | null; after?: string | null },
    toNode: (e: IdeaEntity) => N,
  ): Promise<Page<N>> {
    const who: ContentViewer = { viewer, curates: false };
    const qb = this.db
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
      .where('i.author_id = :authorId', { authorId })
      .andWhere('i.status <> :merged', { merged: IdeaStatus.MERGED })
      .andWhere(...Drafts.where('c', viewer?.id ?? null));
    const hidden = HiddenContent.where('i', who);
    if (hidden) qb.andWhere(...hidden);
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'AUTHOR_IDEAS',
        keys: [
          { sql: 'i.created_at', direction: 'DESC', type: 'timestamptz', alias: 'k_created' },
          { sql: 'i.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }

  /** Their comments, newest first: not deleted, not hidden, on ideas the viewer may see. */
  comments<N>(
    viewer: Viewer | null,
    authorId: string,
    args: { first?: number | null; after?: string | null },
    toNode: (e: CommentEntity) => N,
  ): Promise<Page<N>> {
    const who: ContentViewer = { viewer, curates: false };
    const qb = this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('cm')
      .innerJoin('ideas', 'i', 'i.id = cm.idea_id')
      .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
      .where('cm.author_id = :authorId AND cm.deleted_at IS NULL', { authorId })
      .andWhere(...Drafts.where('c', viewer?.id ?? null));
    for (const alias of ['cm', 'i']) {
      const hidden = HiddenContent.where(alias, who);
      if (hidden) qb.andWhere(...hidden);
    }
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'AUTHOR_COMMENTS',
        keys: [
          { sql: 'cm.created_at', direction: 'DESC', type: 'timestamptz', alias: 'k_created' },
          { sql: 'cm.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
