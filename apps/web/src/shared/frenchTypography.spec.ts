import { frenchTypography, NNBSP, typographyFor } from './frenchTypography';

const n = NNBSP;

describe('French typography', () => {
  it('sets a narrow no-break space before ? ! : ; in place of a plain or no-break space', () => {
    expect(frenchTypography('Comment faire ? Vite ! Voici : un ; deux')).toBe(
      `Comment faire${n}? Vite${n}! Voici${n}: un${n}; deux`,
    );
    expect(frenchTypography('Pourquoi\u00a0?')).toBe(`Pourquoi${n}?`);
  });

  it('adds the missing space before ? ! ; at the end of a phrase, once for ?!', () => {
    expect(frenchTypography('Un bénévole?')).toBe(`Un bénévole${n}?`);
    expect(frenchTypography('Vraiment?! Oui; enfin')).toBe(`Vraiment${n}?! Oui${n}; enfin`);
  });

  it('sets narrow no-break spaces inside « »', () => {
    expect(frenchTypography('Il a dit « bonjour » puis «au revoir»')).toBe(
      `Il a dit «${n}bonjour${n}» puis «${n}au revoir${n}»`,
    );
  });

  it('leaves web addresses, e-mail addresses, code spans, times and emoticons as written', () => {
    const kept = [
      'https://ouimake.example/defis?ville=brest&x=1',
      'www.exemple.fr/page?id=3',
      'contact@asso.example',
      '`a ? b : c`',
      'Rendez-vous à 10:30',
      'Merci :) et ;-) et :D',
      'Le code !important',
    ];
    for (const text of kept) expect(frenchTypography(text)).toBe(text);
    expect(frenchTypography('Voir https://x.example/a?b=1 : le site')).toBe(
      `Voir https://x.example/a?b=1${n}: le site`,
    );
  });

  it('is idempotent', () => {
    const once = frenchTypography('Qui ? « Nous » : tous !');
    expect(frenchTypography(once)).toBe(once);
  });

  it('applies to French only', () => {
    expect(typographyFor('fr')('Qui ?')).toBe(`Qui${n}?`);
    expect(typographyFor('fr-CA')('Qui ?')).toBe(`Qui${n}?`);
    expect(typographyFor('en')('Who ?')).toBe('Who ?');
  });
});
