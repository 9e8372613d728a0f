// Starts the board on a page the server rendered (apps/api/src/core/web/board-server.ts), once that
// page has been painted: on a slow connection its styles and font get the bandwidth first, and the
// board's code (named in data-board, with the files it needs in data-preload) follows at once.
const script = document.querySelector('script[data-board]');
/** Files per task: a phone's main thread is never held long, and answers a tap in between. */
const BATCH = 10;
// The browser's own way to yield where it has one (no 4 ms wait between timers), a timer otherwise.
const nextTask = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
const start = async () => {
  const preload = JSON.parse(script.dataset.preload || '[]');
  // Preloaded in batches: a hundred links added in one go took 3 to 70 ms of a phone's main thread
  // (12 to 290 ms at Lighthouse's 4x slower CPU), varying from one load to the next.
  for (let from = 0; from < preload.length; from += BATCH) {
    const links = document.createDocumentFragment();
    for (const href of preload.slice(from, from + BATCH)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      links.append(link);
    }
    document.head.append(links);
    await nextTask();
  }
  // Run in batches too, the libraries first (the list ends with them): importing the board alone
  // ran every module it needs in one task, 35 ms of a phone's main thread. A file that fails here
  // fails again, and is reported, when the board imports it.
  const libraries = [...preload].reverse();
  for (let from = 0; from < libraries.length; from += BATCH) {
    await Promise.allSettled(libraries.slice(from, from + BATCH).map((href) => import(href)));
    await nextTask();
  }
  await import(script.dataset.board);
};
// After the next frame is painted.
requestAnimationFrame(() => setTimeout(start, 0));
