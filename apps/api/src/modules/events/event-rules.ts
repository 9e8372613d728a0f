import { EventStatus, LIMITS } from '@ouimake/domain';
import { DomainError } from '../../core/graphql/domain-error';
import { ErrorCode } from '@ouimake/domain';
import { optionalText, optionalUrl, requiredText } from '../../core/validation/text';
import type { VenueInput } from './dto/event.inputs';

const L = LIMITS.event;

/** An IANA time zone the server knows (Europe/Paris, America/Montreal), else BAD_USER_INPUT. */
export function checkTimezone(value: string, field = 'timezone'): string {
  const zone = value.trim();
  if (!zone || zone.length > 64) throw DomainError.badInput(field, 'Give a time zone such as Europe/Paris.');
  try {
    // Throws a RangeError for a zone the runtime's time zone database does not know.
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw DomainError.badInput(
      field,
      `“${zone.slice(0, 64)}” is not a known time zone (such as Europe/Paris).`,
    );
  }
  return zone;
}

/** An event's times: it ends after it starts, and lasts at most LIMITS.event.daysMax days. */
export function checkTimes(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime())) throw DomainError.badInput('startsAt', 'Give a date and time.');
  if (Number.isNaN(endsAt.getTime())) throw DomainError.badInput('endsAt', 'Give a date and time.');
  if (endsAt.getTime() <= startsAt.getTime())
    throw DomainError.badInput('endsAt', 'The event ends after it starts.');
  if (endsAt.getTime() - startsAt.getTime() > L.daysMax * 24 * 3600 * 1000) {
    throw DomainError.badInput('endsAt', `An event lasts at most ${L.daysMax} days.`);
  }
}

export interface CheckedVenue {
  name: string;
  city: string;
  address: string | null;
  capacity: number | null;
  onlineUrl: string | null;
  hostIds: string[];
}

export function checkVenue(input: VenueInput, field = 'venues'): CheckedVenue {
  const capacity = input.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > L.capacityMax)) {
    throw DomainError.badInput(`${field}.capacity`, `A capacity is 1 to ${L.capacityMax} places, or none.`);
  }
  const hostIds = [...new Set(input.hostIds ?? [])];
  if (hostIds.length > L.hostsMax)
    throw DomainError.badInput(`${field}.hostIds`, `At most ${L.hostsMax} hosts.`);
  return {
    name: requiredText(input.name, `${field}.name`, 1, L.venueNameMax),
    city: requiredText(input.city, `${field}.city`, 1, L.cityMax),
    address: optionalText(input.address, `${field}.address`, L.addressMax),
    capacity,
    onlineUrl: optionalUrl(input.onlineUrl, `${field}.onlineUrl`),
    hostIds,
  };
}

/** Registration is open on a published event that has not started. */
export function assertRegistrationOpen(event: { status: EventStatus; startsAt: Date }): void {
  if (event.status === EventStatus.CANCELLED) {
    throw new DomainError(ErrorCode.CONFLICT, 'This event was cancelled.');
  }
  if (event.status === EventStatus.DONE || event.startsAt.getTime() <= Date.now()) {
    throw new DomainError(ErrorCode.CONFLICT, 'This event has started: registration is closed.');
  }
  if (event.status !== EventStatus.PUBLISHED) {
    throw new DomainError(ErrorCode.CONFLICT, 'This event is not open for registration.');
  }
}
