import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  byId,
  FeatureLoaders,
  LoadersFactory,
  PAIRS,
  PerViewer,
  type KeyLoader,
} from '../../core/dataloader/loaders';
import type { Viewer } from '../../core/graphql/request-context';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from './idea.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    /** Rows by id, for fields of ideas and comments whose visibility was already checked. */
    idea: KeyLoader<string, IdeaEntity | null>;
    comment: KeyLoader<string, CommentEntity | null>;
    /** Whether the viewer voted for each idea. */
    viewerVoted: KeyLoader<string, boolean>;
    /** Votes the viewer has given on each challenge. */
    viewerVotesUsed: KeyLoader<string, number>;
  }
}

interface Shared {
  idea: DataLoader<string, IdeaEntity | null>;
  comment: DataLoader<string, CommentEntity | null>;
  voted: PerViewer<boolean>;
  votesUsed: PerViewer<number>;
}

/** Ideas, their comments and the viewer's votes. */
@Injectable()
export class IdeasLoaders extends FeatureLoaders<
  Shared,
  Pick<Shared, 'idea' | 'comment'> & {
    viewerVoted: KeyLoader<string, boolean>;
    viewerVotesUsed: KeyLoader<string, number>;
  }
> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
  ) {
    super(factory);
  }

  shared(): Shared {
    const { db } = this;
    return {
      idea: byId((ids) => db.getRepository(IdeaEntity).findBy({ id: In(ids) })),
      comment: byId((ids) => db.getRepository(CommentEntity).findBy({ id: In(ids) })),
      voted: PerViewer.membership(
        db,
        `SELECT v.user_id AS viewer, v.idea_id AS id FROM votes v
           JOIN ${PAIRS} ON v.user_id = k.viewer AND v.idea_id = k.id`,
      ),
      votesUsed: PerViewer.query(
        db,
        `SELECT t.user_id AS viewer, t.challenge_id AS id, t.used FROM vote_tallies t
           JOIN ${PAIRS} ON t.user_id = k.viewer AND t.challenge_id = k.id`,
        0,
        (row) => Number(row['used']),
      ),
    };
  }

  forViewer({ voted, votesUsed, idea, comment }: Shared, viewer: Viewer | null) {
    return {
      idea,
      comment,
      viewerVoted: voted.view(viewer, false),
      viewerVotesUsed: votesUsed.view(viewer, 0),
    };
  }
}
