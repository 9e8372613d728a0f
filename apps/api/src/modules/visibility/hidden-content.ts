import type { ContentViewer } from './content-viewer';

/** What the rule reads of an idea or a comment. */
export interface HideableContent {
  hidden: boolean;
  authorId: string;
}

/**
 * Hidden ideas and comments: seen by the curators of their challenge and by their author only,
 * on every path (lists, counts, single reads, similar ideas, threads, the live stream, and later
 * notifications and exports). A new reason to hide something changes this file only.
 */
export const HiddenContent = {
  /** Whether `who` may see the item. */
  visible(item: HideableContent, who: ContentViewer): boolean {
    return !item.hidden || who.curates || (who.viewer !== null && item.authorId === who.viewer.id);
  },

  /**
   * The same rule as a SQL condition on the rows of `alias` (columns `hidden`, `author_id`), with
   * its named parameters; null when `who` sees everything.
   */
  where(alias: string, who: ContentViewer): [string, Record<string, unknown>] | null {
    if (who.curates) return null;
    if (!who.viewer) return [`${alias}.hidden = false`, {}];
    const param = `hiddenViewer_${alias}`;
    return [`(${alias}.hidden = false OR ${alias}.author_id = :${param})`, { [param]: who.viewer.id }];
  },
};
