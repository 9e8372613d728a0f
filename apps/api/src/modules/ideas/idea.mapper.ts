import type { IdeaEntity } from './idea.entity';
import type { Idea } from './idea.model';

export function toIdea(entity: IdeaEntity): Idea {
  return {
    id: entity.id,
    challengeId: entity.challengeId,
    authorId: entity.authorId,
    mergedIntoId: entity.mergedIntoId,
    storedVoteCount: entity.voteCount,
    title: entity.title,
    body: entity.body,
    status: entity.status,
    hidden: entity.hidden,
    hiddenReason: entity.hidden ? entity.hiddenReason : null,
    commentCount: entity.commentCount,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
