/**
 * A summary of Markdown as plain text, for a link preview: the marks taken out (emphasis, links
 * keep their words, images their description, headings, quotes and list bullets), words kept
 * apart, cut at a word near `max` characters with an ellipsis.
 */
export function plainSummary(markdown: string, max = 200): string {
  const text = markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, ' $1 ') // fenced code keeps its text
    .replace(/<[^>]+>/g, ' ') // HTML tags
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their description
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their words
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list bullets
    .replace(/^\s*([-*_]\s*){3,}$/gm, ' ') // rules
    .replace(/(\*\*|__|~~|\*|`)/g, '') // emphasis and code marks
    .replace(/(^|\s)_([^_\s][^_]*)_(?=\s|[.,;:!?]|$)/g, '$1$2') // _emphasis_, not snake_case
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,])/g, '$1')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}
