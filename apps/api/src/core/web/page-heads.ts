import { Injectable } from '@nestjs/common';
import type { Locale } from '@ouimake/domain';
import type { PageHead } from './page-head';

/** Finds what a page says about itself from its address's parameters; null: nothing to show. */
export type PageHeadResolver = (params: Record<string, string>, locale: Locale) => Promise<PageHead | null>;

interface Entry {
  pattern: RegExp;
  names: string[];
  resolve: PageHeadResolver;
  /** The page's module in the board's sources (`src/pages/ChallengePage.tsx`). */
  module: string | null;
}

/** What the server knows of a page of the board before sending it. */
export interface PageInfo {
  head: PageHead | null;
  /** The page's module in the board's sources, whose code is preloaded; null: none known. */
  module: string | null;
}

/**
 * The board's pages that describe themselves in their HTML (link previews). Features register
 * their addresses here (`/challenges/:id`); the board's server asks when it sends a page.
 */
@Injectable()
export class PageHeads {
  private readonly entries: Entry[] = [];

  /**
   * `path` is the page's address with `:name` parameters, each one segment; `module`, the board's
   * source file of the page (`src/pages/ChallengePage.tsx`), so that its code is preloaded.
   */
  register(path: string, resolve: PageHeadResolver, module: string | null = null): void {
    const names: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.entries.push({ pattern: new RegExp(`^${source}/?$`), names, resolve, module });
  }

  /** The registered page at `path`, or null when nothing registered is there. */
  find(path: string): { entry: Entry; params: Record<string, string> | null } | null {
    for (const entry of this.entries) {
      const match = entry.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      try {
        entry.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
      } catch {
        return { entry, params: null }; // A malformed escape: no such page.
      }
      return { entry, params };
    }
    return null;
  }

  /** What the page at `path` says about itself (null: nothing), and its module. */
  async resolve(path: string, locale: Locale): Promise<PageInfo> {
    const found = this.find(path);
    if (!found) return { head: null, module: null };
    const head = found.params ? await found.entry.resolve(found.params, locale) : null;
    return { head, module: found.entry.module };
  }
}
