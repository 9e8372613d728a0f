import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, type RouteObject, useLocation, useRoutes } from 'react-router';
import { BoardPage } from '../pages/BoardPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { whenMessagesComplete } from '../shared/allMessages';
import { useDocumentDescription } from '../shared/useDocumentTitle';
import { PageLoader } from '../ui/PageLoader';
import { Layout } from './Layout';
import { TakenOver } from './takeover';
import { PageErrorBoundary } from './RouteError';

/*
 * The board's first page (the challenges) is in the first download; every other page is fetched
 * when first visited, with its own libraries (Markdown editor, forms, projector...), so that a first
 * visit downloads only what `/` needs. A navigation inside the board keeps the current page on
 * screen while the next one arrives (React Router navigates in a transition).
 *
 * The routes are React Router's declarative ones (`useRoutes` under a `BrowserRouter`): the board
 * fetches its data with Apollo, not with route loaders, and the data router would add 16 KB (gzip)
 * to a first visit for nothing. A page that crashes is caught by `PageErrorBoundary`.
 */

/** What the board shows while a page's code arrives: nothing at first, then a loader with words. */
function PageChunkLoader() {
  const { t } = useTranslation();
  // A fast network brings the page before a loader would be seen: no flash of it.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 250);
    return () => clearTimeout(timer);
  }, []);
  // As tall as the window: the footer stays out of view until the page is there (no layout shift).
  return <div style={{ minHeight: '100vh' }}>{shown && <PageLoader label={t('app.loadingPage')} />}</div>;
}

/** The meta description of a kind of page, kept in the current language. */
function Described({ meta, children }: { meta: ParseKeys; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentDescription(t(meta));
  return children;
}

type PageModule = Record<string, ComponentType>;

/** Jest's own variable in each module it runs (the board's unit tests). */
declare const jest: unknown;

/** Each page's code, by its module's loader; fetched once. */
const loaders: { matches: (path: string) => boolean; load: () => Promise<unknown> }[] = [];

/** A page fetched when first shown: `name` is its export in the module. */
function page(
  load: () => Promise<PageModule>,
  name: string,
  meta: ParseKeys = 'meta.description',
  path?: string,
) {
  let loaded: { default: ComponentType } | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  // With the page's code, the texts of pages other than the home page (a first visit has only those).
  const fetchPage = () =>
    (loading ??= Promise.all([load(), whenMessagesComplete()])
      .then(([module]) => module)
      .then(
        (module) => {
          const component = module[name];
          if (!component) throw new Error(`${name} is not exported by its page module`);
          return (loaded = { default: component });
        },
        (error: unknown) => {
          loading = null; // A failed download is tried again on the next visit.
          throw error;
        },
      ));
  // Once fetched, the page renders at once (a settled thenable), without a loader in between.
  const Page = lazy(() => {
    const ready = loaded;
    if (!ready) return fetchPage();
    return { then: (resolve: (m: { default: ComponentType }) => void) => resolve(ready) } as never;
  });
  if (path) loaders.push({ matches: matcher(path), load: fetchPage });
  // Under Jest the pages are local modules: all at hand from the start, as tests expect.
  if (typeof jest !== 'undefined') void fetchPage();
  return (
    <Described meta={meta}>
      <Suspense fallback={<PageChunkLoader />}>
        <Page />
        <TakenOver />
      </Suspense>
    </Described>
  );
}

/** Whether an address is the route's (`challenges/:id`: one segment per parameter). */
function matcher(path: string): (pathname: string) => boolean {
  const pattern = new RegExp(
    `^/${path
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment))
      .join('/')}/?$`,
  );
  return (pathname) => pattern.test(pathname);
}

/** The code of the page at `pathname`, fetched (resolves at once for the board, in the first file). */
export function loadPageAt(pathname: string): Promise<unknown> {
  return loaders.find((loader) => loader.matches(pathname))?.load() ?? Promise.resolve();
}

/**
 * A link about to be followed (pointed at, touched, focused) fetches its page's code, so that the
 * page is usually there by the time of the click.
 */
export function prefetchPagesOnIntent(target: Document = document): () => void {
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    loaders
      .find((loader) => loader.matches(link.pathname))
      ?.load()
      .catch(() => undefined);
  };
  const events = ['pointerover', 'touchstart', 'focusin'] as const;
  for (const type of events) target.addEventListener(type, onIntent, { passive: true });
  return () => {
    for (const type of events) target.removeEventListener(type, onIntent);
  };
}

/** A route whose page is fetched when first shown (or when a link to it is about to be followed). */
function lazyRoute(
  path: string,
  load: () => Promise<PageModule>,
  name: string,
  meta?: ParseKeys,
): RouteObject {
  return { path, element: page(load, name, meta, path) };
}

/** Another address for a page, keeping the query (`?next=`). */
function Alias({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}

const board = (
  <Described meta="meta.description">
    <BoardPage />
    <TakenOver />
  </Described>
);

/** A route whose page's crash shows a message in its place. */
function guarded(route: RouteObject): RouteObject {
  return { ...route, element: <PageErrorBoundary>{route.element}</PageErrorBoundary> };
}

/** Every page of the board. Pages live in src/pages, one file per route. */
export const routes: RouteObject[] = [
  // A challenge on a projector: the whole screen, without the board's header and footer.
  guarded(
    lazyRoute(
      'challenges/:id/live',
      () => import('../pages/ProjectorPage'),
      'ProjectorPage',
      'meta.challenge',
    ),
  ),
  // Its shortlist, the same way: big enough for the room.
  guarded(
    lazyRoute(
      'challenges/:id/shortlist',
      () => import('../pages/ShortlistPage'),
      'ShortlistPage',
      'meta.challenge',
    ),
  ),
  {
    element: <Layout />,
    children: [
      {
        element: (
          <PageErrorBoundary>
            <Outlet />
          </PageErrorBoundary>
        ),
        children: [
          { index: true, element: board },
          { path: 'challenges', element: board },
          lazyRoute(
            'challenges/:id',
            () => import('../pages/ChallengePage'),
            'ChallengePage',
            'meta.challenge',
          ),
          lazyRoute('challenges/:id/edit', () => import('../pages/EditChallengePage'), 'EditChallengePage'),
          lazyRoute('ideas/:id', () => import('../pages/IdeaPage'), 'IdeaPage', 'meta.idea'),
          lazyRoute('projects/new', () => import('../pages/NewProjectPage'), 'NewProjectPage'),
          lazyRoute('projects/:slug', () => import('../pages/ProjectPage'), 'ProjectPage', 'meta.project'),
          lazyRoute('projects/:slug/edit', () => import('../pages/EditProjectPage'), 'EditProjectPage'),
          lazyRoute(
            'projects/:slug/challenges/new',
            () => import('../pages/NewChallengePage'),
            'NewChallengePage',
          ),
          lazyRoute('my-projects', () => import('../pages/MyProjectsPage'), 'MyProjectsPage'),
          lazyRoute('sign-in', () => import('../pages/SignInPage'), 'SignInPage', 'meta.signIn'),
          lazyRoute('sign-up', () => import('../pages/SignUpPage'), 'SignUpPage', 'meta.signUp'),
          // The French words people may type; the pages themselves have one address each.
          { path: 'connexion', element: <Alias to="/sign-in" /> },
          { path: 'inscription', element: <Alias to="/sign-up" /> },
          lazyRoute('profile', () => import('../pages/ProfilePage'), 'ProfilePage'),
          lazyRoute('users/:id', () => import('../pages/UserPage'), 'UserPage', 'meta.user'),
          lazyRoute('admin/users', () => import('../pages/AdminUsersPage'), 'AdminUsersPage'),
          lazyRoute('facilitation', () => import('../pages/FacilitationPage'), 'FacilitationPage'),
          lazyRoute('events', () => import('../pages/EventsPage'), 'EventsPage', 'meta.events'),
          lazyRoute('events/new', () => import('../pages/EventEditorPage'), 'NewEventPage'),
          lazyRoute('events/:id', () => import('../pages/EventPage'), 'EventPage', 'meta.event'),
          lazyRoute('events/:id/edit', () => import('../pages/EventEditorPage'), 'EditEventPage'),
          lazyRoute('notifications', () => import('../pages/NotificationsPage'), 'NotificationsPage'),
          lazyRoute(
            'settings/notifications',
            () => import('../pages/NotificationSettingsPage'),
            'NotificationSettingsPage',
          ),
          lazyRoute('forgot-password', () => import('../pages/ForgotPasswordPage'), 'ForgotPasswordPage'),
          lazyRoute('reset-password', () => import('../pages/ResetPasswordPage'), 'ResetPasswordPage'),
          lazyRoute('verify-email', () => import('../pages/VerifyEmailPage'), 'VerifyEmailPage'),
          lazyRoute('my-contributions', () => import('../pages/MyContributionsPage'), 'MyContributionsPage'),
          lazyRoute('privacy', () => import('../pages/PrivacyPage'), 'PrivacyPage'),
          lazyRoute('legal', () => import('../pages/LegalPage'), 'LegalPage'),
          { path: 'confidentialite', element: <Alias to="/privacy" /> },
          { path: 'mentions-legales', element: <Alias to="/legal" /> },
          // Joining from a room: `/j/7KQ4XM` opens the challenge with that code; `/j` asks for one.
          lazyRoute('j/:code?', () => import('../pages/JoinPage'), 'JoinPage'),
          // Small, and shown at once on a mistyped address.
          {
            path: '*',
            element: (
              <Described meta="meta.description">
                <NotFoundPage />
                <TakenOver />
              </Described>
            ),
          },
        ],
      },
    ],
  },
];

/** The page at the current address (under a `BrowserRouter`, a `StaticRouter` or a `MemoryRouter`). */
export function BoardRoutes() {
  return useRoutes(routes);
}
