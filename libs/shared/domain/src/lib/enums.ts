/**
 * Enumerations shared by the API and the board. Their values are the GraphQL enum values of the
 * contract (../shared/contract/schema.graphql), so they travel unchanged over the wire.
 */

export enum Role {
  MEMBER = 'MEMBER',
  FACILITATOR = 'FACILITATOR',
  ADMIN = 'ADMIN',
}

export enum ChallengeStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ChallengeOrder {
  TRENDING = 'TRENDING',
  NEWEST = 'NEWEST',
  MOST_IDEAS = 'MOST_IDEAS',
  CLOSING_SOON = 'CLOSING_SOON',
  /** Best matches of a search first (needs a query). */
  RELEVANCE = 'RELEVANCE',
}

/** The error codes of the contract's header: every error the API returns carries one of them. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  CHALLENGE_NOT_OPEN = 'CHALLENGE_NOT_OPEN',
  VOTING_NOT_OPEN = 'VOTING_NOT_OPEN',
  IDEAS_NOT_OPEN = 'IDEAS_NOT_OPEN',
  VOTE_BUDGET_EXCEEDED = 'VOTE_BUDGET_EXCEEDED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export enum IdeaStatus {
  PROPOSED = 'PROPOSED',
  /** Picked by curators for further work, e.g. at a follow-up event. */
  SHORTLISTED = 'SHORTLISTED',
  /** Retained as part of the challenge's outcome. */
  SELECTED = 'SELECTED',
  /** Folded into another idea; its votes moved there. */
  MERGED = 'MERGED',
}

export enum IdeaOrder {
  /** Most votes first; ties: oldest first. */
  TOP = 'TOP',
  NEWEST = 'NEWEST',
}

export enum BrainstormPhase {
  /** New ideas are taken; votes are not (VOTING_NOT_OPEN). */
  IDEATION = 'IDEATION',
  /** Votes are taken; new ideas are not (IDEAS_NOT_OPEN). */
  VOTING = 'VOTING',
}

export enum ActivityKind {
  IDEA_PROPOSED = 'IDEA_PROPOSED',
  IDEA_UPDATED = 'IDEA_UPDATED',
  VOTES_CHANGED = 'VOTES_CHANGED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  CHALLENGE_UPDATED = 'CHALLENGE_UPDATED',
  SESSION_CHANGED = 'SESSION_CHANGED',
  PRESENCE_CHANGED = 'PRESENCE_CHANGED',
  /** An idea left the viewer's view (hidden, withdrawn): remove `ideaId`. */
  IDEA_REMOVED = 'IDEA_REMOVED',
  /** A comment left the viewer's view (hidden): remove `commentId`. */
  COMMENT_REMOVED = 'COMMENT_REMOVED',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  /** The content was hidden. */
  ACTIONED = 'ACTIONED',
  DISMISSED = 'DISMISSED',
}

export enum EventFormat {
  /** A hands-on session that works on challenges (a hold-up). */
  WORKSHOP = 'WORKSHOP',
  MEETUP = 'MEETUP',
  ONLINE = 'ONLINE',
}

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  /** Held; carries a report. */
  DONE = 'DONE',
}

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

export enum NotificationKind {
  IDEA_PROPOSED = 'IDEA_PROPOSED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  IDEA_SHORTLISTED = 'IDEA_SHORTLISTED',
  IDEA_SELECTED = 'IDEA_SELECTED',
  IDEA_MERGED = 'IDEA_MERGED',
  CHALLENGE_CLOSED = 'CHALLENGE_CLOSED',
  EVENT_PUBLISHED = 'EVENT_PUBLISHED',
  REGISTRATION_PROMOTED = 'REGISTRATION_PROMOTED',
  /** An event you registered for was cancelled. */
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  /** An event you registered for moved (date, time or zone). */
  EVENT_CHANGED = 'EVENT_CHANGED',
}

/** What a person chooses how to hear about: the rows of the preferences grid. */
export enum NotificationTopic {
  /** Comments on my ideas and in threads I took part in. */
  REPLIES = 'REPLIES',
  /** My idea shortlisted, selected or merged. */
  IDEA_STATUS = 'IDEA_STATUS',
  /** My places at events: a place freed for me, an event moved or cancelled. */
  PLACES = 'PLACES',
  /** New ideas on challenges I follow. */
  NEW_IDEAS = 'NEW_IDEAS',
  /** Challenges I follow closing, with their outcome. */
  CLOSINGS = 'CLOSINGS',
  /** Events published for challenges I follow. */
  EVENTS = 'EVENTS',
}

/** How: on the board only, by email at once, in a daily digest, or not at all. */
export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  DIGEST = 'DIGEST',
  NEVER = 'NEVER',
}
