import { pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-GB;q=0.8, fr;q=0.9', 'fr'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['de, es', 'fr'],
    ['en;q=0, fr;q=0.1', 'fr'],
  ])('reads %p as %p', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});
