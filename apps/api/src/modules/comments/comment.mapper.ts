import type { CommentEntity } from './comment.entity';
import type { Comment } from './comment.model';

export function toComment(entity: CommentEntity): Comment {
  const deleted = entity.deletedAt !== null;
  return {
    id: entity.id,
    ideaId: entity.ideaId,
    authorId: entity.authorId,
    parentId: entity.parentId,
    body: deleted ? '' : entity.body,
    deleted,
    hidden: entity.hidden,
    hiddenReason: entity.hidden ? entity.hiddenReason : null,
    createdAt: entity.createdAt,
    editedAt: entity.editedAt,
  };
}
