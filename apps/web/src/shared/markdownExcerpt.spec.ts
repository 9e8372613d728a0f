import { markdownExcerpt } from './markdownExcerpt';

describe('a Markdown preview as plain text', () => {
  it('drops the marks and keeps the words apart as written', () => {
    expect(markdownExcerpt('Une pause de **30 minutes**, ordre du jour _court_.')).toBe(
      'Une pause de 30 minutes, ordre du jour court.',
    );
    expect(markdownExcerpt('Du ~~lundi~~ *mardi* et `npm start` !')).toBe('Du lundi mardi et npm start !');
  });

  it('keeps hyphens, underscores in words and link texts', () => {
    expect(
      markdownExcerpt('Peut-être un fichier mon_fichier_final, voir [le guide](https://x.example).'),
    ).toBe('Peut-être un fichier mon_fichier_final, voir le guide.');
  });

  it('reads headings, lists, quotes and tables as running text', () => {
    const text = '# Titre\n\n> Une citation\n\n- un\n- deux\n1. trois\n\n| a | b |\n| --- | --- |\n| c | d |';
    expect(markdownExcerpt(text)).toBe('Titre Une citation un deux trois a b c d');
  });

  it('cuts at a word with an ellipsis', () => {
    expect(markdownExcerpt('un deux trois quatre', 10)).toBe('un deux…');
  });
});
