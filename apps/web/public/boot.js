// Starts the board on a page the server rendered (apps/api/src/core/web/board-server.ts), once that
// page has been painted: on a slow connection its styles and font get the bandwidth first, and the
// board's code (named in data-board, with the files it needs in data-preload) follows at once.
const script = document.querySelector('script[data-board]');
const start = () => {
  const preload = JSON.parse(script.dataset.preload || '[]');
  for (const href of preload) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  import(script.dataset.board);
};
// After the next frame is painted.
requestAnimationFrame(() => setTimeout(start, 0));
