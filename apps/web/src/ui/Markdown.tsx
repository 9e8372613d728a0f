import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
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

const plugins = [remarkGfm];

export function Markdown({ children }: { children: string }) {
  return (
    <div className={classes.markdown}>
      <ReactMarkdown
        remarkPlugins={plugins}
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
