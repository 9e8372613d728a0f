import { slugify } from './slug';

describe('slugify', () => {
  it('folds accents, apostrophes and punctuation into hyphenated lower case', () => {
    expect(slugify('La Cantine numérique')).toBe('la-cantine-numerique');
    expect(slugify("L'Épicerie des Créateurs !")).toBe('lepicerie-des-createurs');
    expect(slugify('  Tiers-lieu   Ker Kafé  ')).toBe('tiers-lieu-ker-kafe');
  });

  it('never returns an empty slug and respects the length cap without a trailing hyphen', () => {
    expect(slugify('!!!')).toBe('projet');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40), 31)).toBe('a'.repeat(30));
  });
});
