import { fr } from './fr';
import { frenchTypography, NNBSP } from '../../shared/frenchTypography';

/** Every string of a locale tree, with its key. */
function strings(tree: unknown, path = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the French interface strings', () => {
  const all = strings(fr);

  it('are many (the tree is read)', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it('set a narrow no-break space before ? ! : ; and inside « »', () => {
    const wrong = all.filter(([, text]) => {
      // i18next's placeholders and their formats (`{{date, datetime(dateStyle: long)}}`) are not text.
      const outside = text.replace(/\{\{[^}]*\}\}/g, 'x');
      return (
        frenchTypography(outside) !== outside ||
        // A colon that ends a phrase has its narrow space too (not a time, not an address).
        new RegExp(`[^${NNBSP}]:(?=\\s|$)`).test(outside) ||
        /[\u00a0 ][?!:;]/.test(outside)
      );
    });
    expect(wrong).toEqual([]);
  });
});
