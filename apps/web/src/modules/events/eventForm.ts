import { EventFormat } from '@ouimake/domain';
import { DEFAULT_TIME_ZONE, isoToZoned, zonedToIso } from './time';

export interface VenueValues {
  /** Set for a venue that exists already. */
  id: string | null;
  name: string;
  city: string;
  address: string;
  capacity: string;
  onlineUrl: string;
  hostIds: string;
}

export interface EventValues {
  title: string;
  description: string;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  timezone: string;
  venues: VenueValues[];
}

export const emptyVenue = (): VenueValues => ({
  id: null,
  name: '',
  city: '',
  address: '',
  capacity: '',
  onlineUrl: '',
  hostIds: '',
});

export function emptyEvent(): EventValues {
  return {
    title: '',
    description: '',
    format: EventFormat.WORKSHOP,
    startsAt: '',
    endsAt: '',
    timezone: DEFAULT_TIME_ZONE,
    venues: [emptyVenue()],
  };
}

export interface ExistingEvent {
  title: string;
  description: string;
  format: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  venues: ReadonlyArray<{
    id: string;
    name: string;
    city: string;
    address?: string | null;
    capacity?: number | null;
    onlineUrl?: string | null;
    hosts: ReadonlyArray<{ id: string }>;
  }>;
}

/** An event as the editor's values, its instants as wall-clock times of its zone. */
export function eventValues(event: ExistingEvent): EventValues {
  return {
    title: event.title,
    description: event.description,
    format: event.format as EventFormat,
    startsAt: isoToZoned(event.startsAt, event.timezone),
    endsAt: isoToZoned(event.endsAt, event.timezone),
    timezone: event.timezone,
    venues: event.venues.map((v) => ({
      id: v.id,
      name: v.name,
      city: v.city,
      address: v.address ?? '',
      capacity: v.capacity === null || v.capacity === undefined ? '' : String(v.capacity),
      onlineUrl: v.onlineUrl ?? '',
      hostIds: v.hosts.map((h) => h.id).join(', '),
    })),
  };
}

/** A venue's values as the API's VenueInput. */
export function venueInput(venue: VenueValues) {
  const capacity = venue.capacity.trim() === '' ? null : Number(venue.capacity);
  const hostIds = venue.hostIds
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return {
    name: venue.name.trim(),
    city: venue.city.trim(),
    address: venue.address.trim() || null,
    capacity,
    onlineUrl: venue.onlineUrl.trim() || null,
    hostIds,
  };
}

/** The details as the API reads them (instants in UTC from the zone's wall clock). */
export function detailsInput(values: EventValues) {
  return {
    title: values.title.trim(),
    description: values.description,
    startsAt: zonedToIso(values.startsAt, values.timezone) ?? '',
    endsAt: zonedToIso(values.endsAt, values.timezone) ?? '',
    timezone: values.timezone,
  };
}

/** What is wrong with the values, by field (`venues.0.city`), as i18n keys. */
export function validateEvent(values: EventValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors['title'] = 'events.editor.required';
  if (!values.description.trim()) errors['description'] = 'events.editor.required';
  const start = zonedToIso(values.startsAt, values.timezone);
  const end = zonedToIso(values.endsAt, values.timezone);
  if (!start) errors['startsAt'] = 'events.editor.required';
  if (!end) errors['endsAt'] = 'events.editor.required';
  else if (start && Date.parse(end) <= Date.parse(start)) errors['endsAt'] = 'events.editor.endBeforeStart';
  values.venues.forEach((venue, index) => {
    if (!venue.name.trim()) errors[`venues.${index}.name`] = 'events.editor.required';
    if (!venue.city.trim()) errors[`venues.${index}.city`] = 'events.editor.required';
  });
  return errors;
}
