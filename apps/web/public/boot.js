// Starts the board on a page the server rendered (apps/api/src/core/web/board-server.ts), once that
// page has been painted: on a slow connection its styles and font get the bandwidth first, and the
// board's code (named in data-board, with the files it needs in data-preload) follows at once.
const script = document.querySelector('script[data-board]');
/** Preload links added per task: a phone's main thread takes 1 to 15 ms per batch, never one long task. */
const BATCH = 10;
const start = async () => {
  const preload = JSON.parse(script.dataset.preload || '[]');
  // A hundred links added in one go took 3 to 70 ms of a phone's main thread (12 to 290 ms at
  // Lighthouse's 4x slower CPU), varying from one load to the next: in batches, the browser answers
  // a tap in between.
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
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await import(script.dataset.board);
};
// After the next frame is painted.
requestAnimationFrame(() => setTimeout(start, 0));
