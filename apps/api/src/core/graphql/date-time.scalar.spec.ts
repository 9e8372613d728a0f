import { Kind } from 'graphql';
import { parseDateTime, StrictDateTime } from './date-time.scalar';

describe('StrictDateTime', () => {
  it.each([
    ['2026-12-03T18:30:00Z', '2026-12-03T18:30:00.000Z'],
    ['2026-12-03T19:30:00+01:00', '2026-12-03T18:30:00.000Z'],
    ['2026-12-03t18:30:00.123456789z', '2026-12-03T18:30:00.123Z'],
    ['2026-12-03 13:30:00-05:00', '2026-12-03T18:30:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as the instant %s', (given, instant) => {
    expect(parseDateTime(given).toISOString()).toBe(instant);
  });

  it.each([
    'tomorrow',
    '',
    '2026-12-03',
    '2026-12-03T18:30:00',
    '2026-12-03T18:30Z',
    '2026-02-30T10:00:00Z',
    '2027-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-12-03T24:00:00Z',
    '2026-12-03T18:60:00Z',
    '2026-12-03T18:30:60Z',
    '2026-12-03T18:30:00+25:00',
    '1969-12-31T23:59:59Z',
    '1970-01-01T00:30:00+01:00',
    '+275760-09-13T00:00:00Z',
    '10000-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-12-03T18:30:00Z\n',
    ' 2026-12-03T18:30:00Z',
    'NaN',
    '１２３４-01-01T00:00:00Z',
  ])('refuses %j', (given) => {
    expect(() => parseDateTime(given)).toThrow(TypeError);
  });

  it.each([[0], [1_700_000_000_000], [null], [true], [{}], [['2026-12-03T18:30:00Z']]])(
    'refuses the non-text %j',
    (given) => {
      expect(() => StrictDateTime.parseValue(given)).toThrow(TypeError);
    },
  );

  it('reads a string literal and refuses any other literal', () => {
    expect(StrictDateTime.parseLiteral({ kind: Kind.STRING, value: '2026-12-03T18:30:00Z' })).toEqual(
      new Date('2026-12-03T18:30:00Z'),
    );
    expect(() => StrictDateTime.parseLiteral({ kind: Kind.INT, value: '1700000000' })).toThrow(TypeError);
  });

  it('answers dates in UTC', () => {
    expect(StrictDateTime.serialize(new Date('2026-12-03T19:30:00+01:00'))).toBe('2026-12-03T18:30:00.000Z');
  });
});
