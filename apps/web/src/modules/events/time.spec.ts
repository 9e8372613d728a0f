import { isoToZoned, zonedToIso } from './time';
import { csvCell, toCsv } from './csv';

describe('event times', () => {
  it('reads a wall-clock time in the zone', () => {
    expect(zonedToIso('2026-12-08T18:30', 'Europe/Paris')).toBe('2026-12-08T17:30:00.000Z');
    expect(zonedToIso('2026-07-08T18:30', 'Europe/Paris')).toBe('2026-07-08T16:30:00.000Z');
    expect(zonedToIso('nonsense', 'Europe/Paris')).toBeNull();
  });

  it('shows an instant as the zone’s wall clock', () => {
    expect(isoToZoned('2026-12-08T17:30:00.000Z', 'Europe/Paris')).toBe('2026-12-08T18:30');
    expect(isoToZoned('2026-12-08T17:30:00.000Z', 'Indian/Reunion')).toBe('2026-12-08T21:30');
  });
});

describe('csv', () => {
  it('neutralises cells a spreadsheet would run', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('Léna')).toBe('Léna');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });
});
