import type { ViewportHint } from '../shared/useViewport';

/** What the server put in a page it rendered (apps/api/src/core/web/board-server.ts). */
export interface RenderedPageState {
  /** The language the page was rendered in. */
  locale: string;
  /** The screen it was rendered for. */
  viewport: ViewportHint;
  /** The Apollo cache it was rendered from. */
  data: unknown;
}

/** The rendered page's state, if the server rendered this page; null otherwise or if unreadable. */
export function readRenderedPage(document: Document): RenderedPageState | null {
  const element = document.getElementById('ouimake-page');
  if (!element?.textContent) return null;
  try {
    const state = JSON.parse(element.textContent) as Partial<RenderedPageState> | null;
    return typeof state?.locale === 'string' && state.data && typeof state.data === 'object'
      ? { locale: state.locale, viewport: state.viewport === 'phone' ? 'phone' : 'wide', data: state.data }
      : null;
  } catch {
    return null;
  }
}
