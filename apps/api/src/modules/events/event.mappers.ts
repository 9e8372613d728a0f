import type { AgendaItemEntity } from './agenda-item.entity';
import type { AgendaItem, Event, Registration, Venue } from './event.model';
import type { EventEntity } from './event.entity';
import type { RegistrationEntity } from './registration.entity';
import type { VenueEntity } from './venue.entity';

export const toEvent = (e: EventEntity): Event => ({
  id: e.id,
  title: e.title,
  description: e.description,
  format: e.format,
  status: e.status,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  timezone: e.timezone,
  report: e.report,
  cancelReason: e.cancelReason,
  createdAt: e.createdAt,
});

export const toVenue = (v: VenueEntity): Venue => ({
  id: v.id,
  eventId: v.eventId,
  name: v.name,
  city: v.city,
  address: v.address,
  capacity: v.capacity,
  onlineUrl: v.onlineUrl,
  registeredCount: v.confirmedCount,
  placesLeft: v.capacity === null ? null : Math.max(0, v.capacity - v.confirmedCount),
});

export const toAgendaItem = (a: AgendaItemEntity): AgendaItem => ({
  position: a.position,
  title: a.title,
  startsAt: a.startsAt,
  challengeId: a.challengeId,
  projectId: a.projectId,
  ideaIds: a.ideaIds,
  note: a.note,
});

export const toRegistration = (r: RegistrationEntity): Registration => ({
  id: r.id,
  eventId: r.eventId,
  venueId: r.venueId,
  userId: r.userId,
  queue: r.queue,
  status: r.status,
  checkedInAt: r.checkedInAt,
  createdAt: r.createdAt,
});
