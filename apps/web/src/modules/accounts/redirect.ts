/** Where the board goes after signing in when nothing asked for a page. */
export const DEFAULT_AFTER_SIGN_IN = '/';

/** The query parameter that carries the page to come back to after signing in. */
export const NEXT_PARAM = 'next';

/**
 * The page to go to after signing in, from `?next=`: a path of this board only (never another
 * site, which would make the sign-in page an open redirect), and never a sign-in page again.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  const path = next.split(/[?#]/)[0];
  if (path === '/sign-in' || path === '/sign-up') return DEFAULT_AFTER_SIGN_IN;
  return next;
}

/** The address of a page that needs signing in first, coming back to `next` afterwards. */
export function signInPath(next: string, page: '/sign-in' | '/sign-up' = '/sign-in'): string {
  const target = safeNext(next);
  return target === DEFAULT_AFTER_SIGN_IN ? page : `${page}?${NEXT_PARAM}=${encodeURIComponent(target)}`;
}
