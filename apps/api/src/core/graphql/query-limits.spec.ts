import { textNesting } from './query-limits';

describe('textNesting', () => {
  it('counts braces, brackets and parentheses, whichever kind', () => {
    expect(textNesting('{ a }')).toBe(1);
    expect(textNesting('query($x: [ID!]) { a(ids: [1, [2]]) { b { c } } }')).toBe(4);
    expect(textNesting('{'.repeat(500))).toBe(500);
  });

  it('skips strings, block strings and comments', () => {
    expect(textNesting('{ a(t: "{{{{[[[(((") }')).toBe(2);
    expect(textNesting('{ a(t: "esc \\" {{{") }')).toBe(2);
    expect(textNesting('{ a(t: """ {{{{ " {{{ """) }')).toBe(2);
    expect(textNesting('# {{{{{{\n{ a }')).toBe(1);
  });
});
