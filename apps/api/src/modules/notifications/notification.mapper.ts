import type { NotificationEntity } from './notification.entity';
import type { Notification } from './notification.model';

export const toNotification = (n: NotificationEntity): Notification => ({
  id: n.id,
  kind: n.kind,
  actorId: n.actorId,
  challengeId: n.challengeId,
  ideaId: n.ideaId,
  commentId: n.commentId,
  eventId: n.eventId,
  targetIdeaId: n.targetIdeaId,
  count: n.count,
  readAt: n.readAt,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});
