/** Dates of an event, always in its own IANA time zone. */
import { dateTimeFormat } from '../../shared/intl';

/** The time zones the editor offers, Europe/Paris first. */
export const TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/London',
  'Europe/Lisbon',
  'America/Montreal',
  'America/Martinique',
  'America/Guadeloupe',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'Africa/Dakar',
  'UTC',
];

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** "mardi 8 décembre 2026, 18:30 – 22:00" in the zone. */
export function formatRange(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const format = dateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "8 déc. 2026" in the zone. */
export function formatDay(instant: string, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(instant));
}

/** "18:30" in the zone. */
export function formatTime(instant: string, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** The zone said in words with its id: "heure normale d’Europe centrale, Europe/Paris". */
export function zoneName(instant: string, timeZone: string, locale: string): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part ? `${part.value}, ${timeZone}` : timeZone;
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetAt(utcMillis: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMillis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMillis / 1000) * 1000;
}

/** A wall-clock time typed in the zone ("2026-12-08T18:30") as a UTC ISO instant; null if unreadable. */
export function zonedToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return new Date(utc).toISOString();
}

/** A UTC instant as the wall-clock time of the zone, for a datetime-local input. */
export function isoToZoned(instant: string, timeZone: string): string {
  const utc = new Date(instant).getTime();
  const local = new Date(utc + offsetAt(utc, timeZone));
  return local.toISOString().slice(0, 16);
}
