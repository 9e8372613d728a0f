import type { Locale } from '@ouimake/domain';

/** What a page of the board says about itself in its HTML head, before any script runs. */
export interface PageHead {
  title: string;
  /** Plain text, one or two sentences. */
  description: string;
  /** Open Graph type: `website` for the board, `article` for a challenge, a project, an event. */
  type: 'website' | 'article';
  /**
   * Whether the head describes this very page (a challenge's own title and summary) rather than
   * the board in general; the board then keeps this description while the page is shown.
   */
  specific: boolean;
}

/** The board's own words, for every page nothing more precise is known about. */
export const BOARD_HEAD: Record<Locale, PageHead> = {
  fr: {
    title: 'Ouimake',
    description:
      'Ouimake, le tableau des défis des projets qui font ensemble\u00a0: proposez des idées, votez, suivez les défis et venez aux événements.',
    type: 'website',
    specific: false,
  },
  en: {
    title: 'Ouimake',
    description:
      'Ouimake, the challenge board of projects that work together: propose ideas, vote, follow challenges and come to events.',
    type: 'website',
    specific: false,
  },
};

/** Open Graph's name of each language (language_TERRITORY). */
const OG_LOCALES: Record<Locale, string> = { fr: 'fr_FR', en: 'en_GB' };

/** The picture a link preview shows (1200x630, in the board's public folder). */
export const PREVIEW_IMAGE = { path: '/og-image.png', width: 1200, height: 630 };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML, inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The head's tags for `head` at `url` (absolute), in `locale`. */
export function headTags(head: PageHead, locale: Locale, url: string, publicUrl: string): string {
  const path = new URL(url).pathname;
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const image = escapeHtml(`${publicUrl}${PREVIEW_IMAGE.path}`);
  const page = head.specific ? ` data-page="${escapeHtml(path)}"` : '';
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}"${page} />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:site_name" content="Ouimake" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:image" content="${image}" />`,
    `<meta property="og:image:width" content="${PREVIEW_IMAGE.width}" />`,
    `<meta property="og:image:height" content="${PREVIEW_IMAGE.height}" />`,
    `<meta property="og:image:alt" content="Ouimake" />`,
    `<meta property="og:locale" content="${OG_LOCALES[locale]}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${image}" />`,
  ].join('\n    ');
}
