/** Markdown's marks around words, innermost first: `**bold**`, `*em*`, `~~struck~~`, `_em_` (not snake_case). */
const EMPHASIS = [
  /(\*{1,3})(?=\S)([^*]*?\S)\1/g,
  /~~(?=\S)([^~]*?\S)~~/g,
  /(?<![\p{L}\p{N}_])(_{1,3})(?=\S)([^_]*?\S)\1(?![\p{L}\p{N}_])/gu,
];

/**
 * The first words of a Markdown text as plain text, for a card's preview: the marks go and the
 * words stay apart as written ("**30 minutes**, ordre" reads "30 minutes, ordre"); links keep their
 * text, images their description, code its content; cut at a word, with an ellipsis, past `max`.
 */
export function markdownExcerpt(markdown: string, max = 160): string {
  let text = markdown
    .replace(/^[ \t]*(```|~~~)[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm, '$2')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    // A line's own marks: headings, quotes, list bullets and numbers, task boxes, rules, table rules.
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)/gm, '')
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^[ \t|:-]*-{3,}[ \t|:-]*$/gm, '')
    .replace(/`+([^`]*?)`+/g, '$1');
  for (let round = 0; round < 2; round += 1) {
    text = text.replace(EMPHASIS[0], '$2').replace(EMPHASIS[1], '$1').replace(EMPHASIS[2], '$2');
  }
  text = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
}
