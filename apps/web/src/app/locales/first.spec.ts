import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { frFirst } from './fr.first';

/**
 * A first visit downloads the texts of locales/*.first.ts only, with the code main.tsx imports
 * statically (the shell and the home page); every other page's code comes with the rest of the
 * texts (router.tsx). A text that code uses and the first texts lack would show as its key, and
 * would not match the page the server rendered: the whole page would be drawn again.
 */

const SRC = resolve(__dirname, '../..');

/** Files reached from `entry` by static imports (not `import()`), within src/. */
function staticallyImported(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)';/gms)) {
      const base = resolve(dirname(file), spec ?? '');
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find(existsSync);
      if (found && !/\.spec\.tsx?$/.test(found) && !found.includes(`${SRC}/gql/`)) visit(found);
    }
  };
  visit(entry);
  return seen;
}

/** The sections of the texts (`board` of `board.filters.city`) a file's code asks for. */
function sectionsUsed(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const keys = [
    ...code.matchAll(/\bt\(\s*['`]([a-zA-Z]+)\./g),
    ...code.matchAll(/i18nKey=["']([a-zA-Z]+)\./g),
    ...code.matchAll(/\b(?:meta|labelKey|titleKey|messageKey)[=:]\s*['"]([a-zA-Z]+)\./g),
  ];
  return keys.map((m) => m[1] ?? '');
}

describe('the first texts', () => {
  it('hold every section of text the shell and the home page use', () => {
    const files = staticallyImported(join(SRC, 'main.tsx'));
    expect(files.size).toBeGreaterThan(20);
    const missing = [...files].flatMap((file) =>
      sectionsUsed(file)
        .filter((section) => !(section in frFirst))
        .map((section) => `${section} in ${file.slice(SRC.length + 1)}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('leave the other pages’ texts out', () => {
    for (const section of [
      'ideas',
      'facilitation',
      'challengeForm',
      'admin',
      'notifications',
      'personalData',
    ])
      expect(section in frFirst).toBe(false);
  });
});
