import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** The earliest and latest instants accepted: nothing on the board happens outside these. */
export const DATE_TIME_MIN = Date.UTC(1970, 0, 1);
export const DATE_TIME_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** RFC 3339 `date-time`: a full date, a time, and an offset (Z or ±hh:mm), nothing left out. */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const EXAMPLE = 'such as 2026-12-03T18:30:00Z or 2026-12-03T19:30:00+01:00';

/**
 * A plain error, not a GraphQLError: graphql-js then prefixes it with the variable's path or
 * attaches the literal's node, from which formatError names the field at fault.
 */
function refuse(why: string): never {
  throw new TypeError(`${why} Give an instant with its offset, ${EXAMPLE}.`);
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads an RFC 3339 instant, refusing anything else (including impossible dates such as 02-30). */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') refuse('A date and time is written as text.');
  const m = RFC3339.exec(value);
  if (!m) refuse(`"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" is not a date and time.`);
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) refuse('This date does not exist.');
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) refuse('This time does not exist.');
  if (!zulu && (Number(oh) > 23 || Number(om) > 59)) refuse('This offset does not exist.');
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const local = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), ms);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const instant = local - offset;
  if (!(instant >= DATE_TIME_MIN && instant <= DATE_TIME_MAX)) {
    refuse('The date must fall between the years 1970 and 9999.');
  }
  return new Date(instant);
}

/**
 * The DateTime scalar of the contract, strict: RFC 3339 instants with an offset between 1970 and
 * 9999, anything else refused while the request's variables and literals are read, so that a date
 * that is not one never reaches a resolver or the database. Serialised as ISO 8601 in UTC.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number') {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return date.toISOString();
    }
    return null;
  },
  parseValue: parseDateTime,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) refuse('A date and time is written as text.');
    return parseDateTime(ast.value);
  },
});
