/** What events and registrations tell the rest of the board, in the act's transaction (notifications listen). */
export interface EventPublished {
  type: 'event.published';
  eventId: string;
  /** The challenges on its agenda: their followers are told. */
  challengeIds: string[];
  actorId: string;
}

/** Its date, time or zone changed after publication. */
export interface EventChanged {
  type: 'event.changed';
  eventId: string;
  actorId: string;
}

export interface EventCancelled {
  type: 'event.cancelled';
  eventId: string;
  /** Everyone registered (confirmed or waitlisted). */
  userIds: string[];
  reason: string;
  actorId: string;
}

export interface EventCompleted {
  type: 'event.completed';
  eventId: string;
  challengeIds: string[];
  actorId: string;
}

export interface RegistrationConfirmed {
  type: 'registration.confirmed' | 'registration.waitlisted';
  registrationId: string;
  eventId: string;
  venueId: string;
  userId: string;
}

/** A place freed up and the first of the venue's line got it. */
export interface RegistrationPromoted {
  type: 'registration.promoted';
  registrationId: string;
  eventId: string;
  venueId: string;
  userId: string;
}
