/**
 * A first visit starts with the texts of the shell and the home page only (app/i18n.ts); code that
 * arrives later with texts of its own (another page, the signed-in person's menu) waits for the
 * rest of them with its download.
 */
let complete: () => Promise<unknown> = () => Promise.resolve();

/** Set by the shell: how to fetch the rest of the current language's texts (once). */
export function setMessagesCompleter(completer: () => Promise<unknown>): void {
  complete = completer;
}

/** Resolves once the current language's texts are all at hand, fetching them if needed. */
export function whenMessagesComplete(): Promise<unknown> {
  return complete();
}
