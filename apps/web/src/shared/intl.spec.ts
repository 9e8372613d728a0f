import { dateTimeFormat, numberFormat } from './intl';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same language and options, another for others', () => {
    const long = dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    expect(dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Europe/Paris' })).toBe(long);
    expect(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' })).not.toBe(long);
    expect(dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(long);
    expect(numberFormat('fr')).toBe(numberFormat('fr'));
  });

  it('formats as Intl does', () => {
    const instant = new Date('2026-12-08T23:30:00Z');
    expect(dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(instant)).toBe(
      '9 décembre 2026',
    );
    expect(dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(instant)).toBe(
      '8 décembre 2026',
    );
    expect(numberFormat('fr').format(12345)).toBe(new Intl.NumberFormat('fr').format(12345));
  });
});
