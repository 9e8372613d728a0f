import { NotificationChannel, NotificationKind, NotificationTopic } from './enums';

/** The topic each kind of notification belongs to. */
export const TOPIC_OF: Record<NotificationKind, NotificationTopic> = {
  [NotificationKind.IDEA_PROPOSED]: NotificationTopic.NEW_IDEAS,
  [NotificationKind.COMMENT_ADDED]: NotificationTopic.REPLIES,
  [NotificationKind.IDEA_SHORTLISTED]: NotificationTopic.IDEA_STATUS,
  [NotificationKind.IDEA_SELECTED]: NotificationTopic.IDEA_STATUS,
  [NotificationKind.IDEA_MERGED]: NotificationTopic.IDEA_STATUS,
  [NotificationKind.CHALLENGE_CLOSED]: NotificationTopic.CLOSINGS,
  [NotificationKind.EVENT_PUBLISHED]: NotificationTopic.EVENTS,
  [NotificationKind.REGISTRATION_PROMOTED]: NotificationTopic.PLACES,
  [NotificationKind.EVENT_CANCELLED]: NotificationTopic.PLACES,
  [NotificationKind.EVENT_CHANGED]: NotificationTopic.PLACES,
};

/** What someone who never chose gets: what concerns them by email, what they follow on the board and in a digest. */
export const DEFAULT_CHANNEL: Record<NotificationTopic, NotificationChannel> = {
  [NotificationTopic.REPLIES]: NotificationChannel.EMAIL,
  [NotificationTopic.IDEA_STATUS]: NotificationChannel.EMAIL,
  [NotificationTopic.PLACES]: NotificationChannel.EMAIL,
  [NotificationTopic.NEW_IDEAS]: NotificationChannel.IN_APP,
  [NotificationTopic.CLOSINGS]: NotificationChannel.DIGEST,
  [NotificationTopic.EVENTS]: NotificationChannel.DIGEST,
};

/**
 * Kinds that are also transactional: about a place the person holds, they are emailed whatever the
 * digest setting (unless the person chose NEVER for the topic, and even then for cancellations).
 */
export const ALWAYS_EMAILED = new Set<NotificationKind>([
  NotificationKind.REGISTRATION_PROMOTED,
  NotificationKind.EVENT_CANCELLED,
  NotificationKind.EVENT_CHANGED,
]);
