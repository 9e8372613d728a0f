import { useEffect } from 'react';

/** Sets the browser tab's title while the calling page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

function descriptionTag(): HTMLMetaElement {
  let tag = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = 'description';
    document.head.appendChild(tag);
  }
  return tag;
}

/**
 * The page the server sent, when it described that very page (a challenge, a project, an event:
 * the link preview's summary). That summary stays whenever the visitor is on that address; other
 * pages say what kind of page they are.
 */
const served =
  typeof document === 'undefined'
    ? null
    : (() => {
        const tag = document.head.querySelector<HTMLMetaElement>('meta[name="description"][data-page]');
        return tag ? { path: tag.dataset.page ?? '', content: tag.content } : null;
      })();

/** Sets the page's meta description (what search engines show under its title) while it is shown. */
export function useDocumentDescription(description: string): void {
  useEffect(() => {
    const tag = descriptionTag();
    tag.content = served && served.path === window.location.pathname ? served.content : description;
  }, [description]);
}
