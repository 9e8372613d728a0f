import type { Messages } from './fr';

/** The board's English texts: the same keys as fr.ts. */
export const en: Messages = {
  app: {
    name: 'Ouimake',
    skipToContent: 'Skip to content',
    home: 'Ouimake, back to the challenges',
    mainNavigation: 'Main navigation',
    footer: 'Ouimake, the challenge board of projects that work together.',
  },
  nav: {
    challenges: 'Challenges',
  },
  language: {
    switchLabel: 'Interface language',
  },
  board: {
    documentTitle: 'Challenges · Ouimake',
    title: 'Current challenges',
    intro:
      'Local associations, third places and cooperatives share the questions they are stuck on. Read them: you may well have the answer.',
    total_zero: 'No challenges',
    total_one: '{{count, number}} challenge',
    total_other: '{{count, number}} challenges',
    listLabel: 'Challenges, newest first',
    loading: 'Loading challenges…',
    shown: 'Showing {{shown, number}} of {{total, number}} challenges',
    loadMore: 'Show more challenges',
    loadingMore: 'Loading more…',
    loadMoreFailed: 'The next challenges could not be loaded. Try again in a moment.',
    empty: {
      title: 'The board is waiting for its first challenge',
      body: 'When a project asks its first question, it will show up here. Come back soon!',
    },
    error: {
      title: 'The challenges did not load',
      body: 'The server is not answering right now. Check your connection, then try again.',
      retry: 'Try again',
    },
  },
  challenge: {
    status: {
      DRAFT: 'Draft',
      OPEN: 'Open',
      CLOSED: 'Closed',
    },
    ideas_zero: 'No ideas yet',
    ideas_one: '{{count, number}} idea',
    ideas_other: '{{count, number}} ideas',
    project: 'Project:',
    city: 'City:',
    themes: 'Themes',
    closesOn: 'Closes on {{date, datetime(dateStyle: long)}}',
    closedOn: 'Closed on {{date, datetime(dateStyle: long)}}',
  },
  notFound: {
    documentTitle: 'Page not found · Ouimake',
    title: 'This page cannot be found',
    body: 'The address may have changed, or a letter slipped. The challenges are still here, though.',
    back: 'Back to the challenges',
  },
  routeError: {
    documentTitle: 'Something went wrong · Ouimake',
    title: 'Something went wrong',
    body: 'This page could not be shown. Reload it; if the problem comes back, try again a little later.',
    reload: 'Reload the page',
  },
};
