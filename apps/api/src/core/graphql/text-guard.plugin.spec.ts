import { parse, print } from 'graphql';
import {
  guardDocument,
  guardText,
  guardVariables,
  MAX_INPUT_DEPTH,
  MAX_LIST_ITEMS,
} from './text-guard.plugin';

describe('guardVariables', () => {
  it('normalises every text to NFC in place, secrets excepted', () => {
    const variables = { input: { title: 'Cafe\u0301', themes: ['e\u0301te\u0301'], password: 'Cafe\u0301' } };
    expect(guardVariables(variables)).toBeNull();
    expect(variables.input).toEqual({ title: 'Café', themes: ['été'], password: 'Cafe\u0301' });
  });

  it('judges a variable by the argument it is passed to', () => {
    const document = parse('mutation($b: String!, $t: String!) { a(body: $b, title: $t) }');
    expect(guardText(document, { b: 'two\nlines', t: 'one line' }).refusal).toBeNull();
    expect(guardText(document, { b: 'ok', t: 'two\nlines' }).refusal?.field).toBe('title');
  });

  it('names the field of a refused text deep in an input', () => {
    const refusal = guardVariables({ input: { venues: [{ name: 'ok' }, { name: '\u202Eevil' }] } });
    expect(refusal?.field).toBe('name');
  });

  it('refuses nesting beyond the limit without recursion, even 200,000 deep', () => {
    let value: unknown = 'x';
    for (let i = 0; i < 200_000; i++) value = { a: value };
    expect(guardVariables({ v: value })?.message).toMatch(/nested too deeply/);
    let fine: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH - 2; i++) fine = { a: fine };
    expect(guardVariables({ v: fine })).toBeNull();
  });

  it('refuses a list longer than the limit, naming it', () => {
    expect(guardVariables({ ids: Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'x') })?.field).toBe('ids');
    expect(guardVariables({ ids: Array.from({ length: MAX_LIST_ITEMS }, () => 'x') })).toBeNull();
  });

  it('refuses the NUL character anywhere', () => {
    expect(guardVariables({ password: 'a\u0000b' })?.message).toMatch(/NUL/);
  });
});

describe('guardDocument', () => {
  it('checks literals and returns a new document in NFC, leaving the parsed one untouched', () => {
    const document = parse('mutation { a(input: { title: "Cafe\u0301" }) }');
    const guarded = guardDocument(document);
    expect(guarded.refusal).toBeNull();
    expect(print(guarded.document)).toContain('"Café"');
    expect(print(document)).toContain('Cafe\u0301');
    expect(guardDocument(parse('{ a(input: { name: "\\u200B" }) }')).refusal?.field).toBe('name');
  });
});
