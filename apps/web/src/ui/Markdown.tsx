import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import classes from './Markdown.module.css';

/**
 * Text a person wrote, as Markdown without raw HTML (skipped, never rendered), without images
 * (nothing loads from elsewhere), with links opening in a new tab and marked as user content.
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
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  ),
};

export function Markdown({ children }: { children: string }) {
  return (
    <div className={classes.markdown}>
      <ReactMarkdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
