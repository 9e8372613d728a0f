import { ErrorCode } from '@ouimake/domain';
import { DomainError } from '../graphql/domain-error';
import { optionalText, requiredText, textProblem } from './text';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('text rules', () => {
  it('stores text in NFC', () => {
    const decomposed = 'Cafe\u0301 de l’e\u0301te\u0301';
    expect(requiredText(decomposed, 'title', 3, 80)).toBe('Café de l’été');
    expect(optionalText(` ${decomposed} `, 'description', 80)).toBe('Café de l’été');
  });

  it('keeps the line breaks, tabs and emoji of a body', () => {
    const body = '# Idée 💡\n\n- un\n\t- deux 👩🏽‍💻\r\nfin 🇫🇷';
    expect(requiredText(body, 'body', 1, 1000)).toBe(body);
    expect(requiredText('ZWJ family 👨‍👩‍👧', 'title', 1, 80)).toBe('ZWJ family 👨‍👩‍👧');
  });

  it.each([
    ['a lone high surrogate', 'title', 'abc\uD800'],
    ['a lone low surrogate', 'body', '\uDC00 text'],
    ['zero-width characters only', 'title', '\u200B\u200C\u200D\u2060'],
    ['invisible filler and spaces', 'displayName', ' \u3164 \uFEFF '],
    ['a control character in a title', 'title', 'Nice\u0007 title'],
    ['a line break in a title', 'title', 'Two\nlines'],
    ['a line separator in a name', 'name', 'Two\u2028lines'],
    ['a bidi override in a name', 'name', 'evil\u202Egnp.exe'],
    ['a bidi isolate in a city', 'venues.0.city', '\u2067Nantes'],
    ['a control character in a body', 'body', 'bell\u0007'],
    ['C1 control in a description', 'description', 'x\u0085y'],
  ])('refuses %s', (_, field, value) => {
    expect(textProblem(value, field)).not.toBeNull();
    const err = refusal(() => requiredText(value, field, 1, 200));
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.field).toBe(field);
  });

  it('keeps right-to-left text, marks and every script', () => {
    for (const text of ['שלום עולם', 'مرحبا\u200F بالعالم', 'Ĺøŕëm ïpsüm', '漢字かな', 'Zoë & Chloé']) {
      expect(textProblem(text, 'title')).toBeNull();
    }
  });

  it('leaves passwords and tokens as sent, checking only that they are Unicode', () => {
    expect(textProblem('\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B', 'password')).toBeNull();
    expect(textProblem('pass\uD800word', 'password')).not.toBeNull();
  });

  it('treats whitespace as blank, not as invisible text', () => {
    expect(optionalText('   ', 'city', 80)).toBeNull();
    expect(refusal(() => requiredText('   ', 'title', 3, 80)).field).toBe('title');
  });
});
