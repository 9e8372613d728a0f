/** U+202F, the narrow no-break space French sets before `? ! : ;` and inside « ». */
export const NNBSP = '\u202f';

/** Web addresses and code spans are left exactly as written. */
const UNTOUCHED = /(`+)[\s\S]*?\1|\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/** What may follow `:` or `;` in an emoticon (`:)`, `;-)`, `:D`, `:/`, `:'(`). */
const EMOTICON_TAIL = /^[-']?[)(\][DPpOo3|/\\*]/;

function spaceText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '?' || char === '!' || char === ':' || char === ';') {
      const emoticon = (char === ':' || char === ';') && EMOTICON_TAIL.test(text.slice(i + 1));
      // The sign ends a phrase (not `?id=3`, not `!important`): a space, another sign or the end follows.
      const ends = /^(?:$|[\s?!.,;:»)\]"’…])/.test(text.slice(i + 1));
      const spaced = /[ \u00a0\u202f\t]+$/.exec(out);
      if (spaced && ends && !emoticon) {
        // A space already stands there: it becomes the narrow one that never breaks.
        out = `${out.slice(0, spaced.index)}${NNBSP}`;
      } else if (
        !spaced &&
        char !== ':' &&
        ends &&
        /[\p{L}\p{N}»)\]’"]$/u.test(out) &&
        // `?!` and `!!` share one space, before the first.
        !/[?!]$/.test(out)
      ) {
        out += NNBSP;
      }
      out += char;
    } else if (char === '«') {
      out += `«${NNBSP}`;
      while (i + 1 < text.length && /[ \u00a0\u202f\t]/.test(text[i + 1])) i += 1;
    } else if (char === '»') {
      const before = out.replace(/[ \u00a0\u202f\t]+$/, '');
      out = `${before}${out.length > 0 ? NNBSP : ''}»`;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * French typography for text shown in French: a narrow no-break space (U+202F) before `?` `!` `:`
 * `;` and inside « », so that no sign wraps alone to the start of a line. An existing space there
 * becomes the narrow one; a missing one is added before `?` `!` `;` at the end of a phrase. Web
 * addresses, e-mail addresses, code spans, times (`10:30`) and emoticons (`:)`, `;-)`) are left
 * as written. Pure and idempotent.
 */
export function frenchTypography(text: string): string {
  if (!/[?!:;«»]/.test(text)) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(UNTOUCHED)) {
    const start = match.index ?? 0;
    out += spaceText(text.slice(last, start)) + match[0];
    last = start + match[0].length;
  }
  return out + spaceText(text.slice(last));
}

/** `frenchTypography` when the language is French, the text as it is otherwise. */
export function typographyFor(language: string | undefined): (text: string) => string {
  return language?.toLowerCase().startsWith('fr') ? frenchTypography : identity;
}

function identity(text: string): string {
  return text;
}
