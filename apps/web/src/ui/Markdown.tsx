import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { frenchTypography } from '../shared/frenchTypography';
import classes from './Markdown.module.css';

/**
 * Text a person wrote, as Markdown without raw HTML (skipped, never rendered), without images
 * (nothing loads from elsewhere), with links opening in a new tab and marked as user content.
 * GitHub's additions are understood: tables, strikethrough, task lists and bare web addresses.
 * Headings become bold paragraphs: the page's own headings keep the outline.
 */
const heading = ({ children }: { children?: ReactNode }) => <p className={classes.heading}>{children}</p>;

const components: Components = {
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  // A footnote's link stays on the page; any other opens in a new tab.
  a: ({ href, children }) =>
    href?.startsWith('#') ? (
      <a href={href}>{children}</a>
    ) : (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
      </a>
    ),
};

/** A node of the Markdown tree, as far as typography needs it. */
interface TextTree {
  type: string;
  value?: string;
  children?: TextTree[];
}

/**
 * French typography on the text of the tree only: code (`inlineCode`, `code`) and link targets are
 * other nodes or properties, so they stay as written.
 */
function remarkFrenchTypography() {
  const visit = (node: TextTree) => {
    if (node.type === 'text' && typeof node.value === 'string') node.value = frenchTypography(node.value);
    node.children?.forEach(visit);
  };
  return visit;
}

const plugins = [remarkGfm];
const frenchPlugins = [remarkGfm, remarkFrenchTypography];

/**
 * Shown in French, the text follows French typography (see `frenchTypography`). Parsed again only
 * when the text or its language changes: a live page is redrawn at every vote, and parsing a
 * challenge's description took a phone some 12 ms each time.
 */
export function Markdown({ children }: { children: string }) {
  const { i18n } = useTranslation();
  const french = (i18n.resolvedLanguage ?? i18n.language ?? '').toLowerCase().startsWith('fr');
  // The same element while the text is the same: React then leaves it as it is.
  const rendered = useMemo(
    () => (
      <ReactMarkdown
        remarkPlugins={french ? frenchPlugins : plugins}
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
        components={components}
      >
        {children}
      </ReactMarkdown>
    ),
    [children, french],
  );
  return <div className={classes.markdown}>{rendered}</div>;
}
