import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Locale } from '@ouimake/domain';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppConfig } from '../../config/config';

/** The screen a page is rendered for (the board's media queries answer from it). */
export type Viewport = 'phone' | 'wide';

/** A phone, as the browser says (its mobile client hint, or its user agent). */
export function viewportOf(headers: { 'sec-ch-ua-mobile'?: string; 'user-agent'?: string }): Viewport {
  if (headers['sec-ch-ua-mobile'] === '?1') return 'phone';
  return /Mobi|iPhone|iPod|Android.+Mobile/i.test(headers['user-agent'] ?? '') ? 'phone' : 'wide';
}

/** What the board's server build (apps/web/src/entry-server.tsx) gives for a page. */
export interface RenderedPage {
  html: string;
  data: unknown;
  viewport: Viewport;
}

export interface ServerBuild {
  renderPage(options: {
    url: string;
    locale: Locale;
    viewport: Viewport;
    graphqlUrl: string;
    signal?: AbortSignal;
  }): Promise<Omit<RenderedPage, 'viewport'>>;
}

/**
 * The public pages a first visit gets rendered: what anyone may read, the same for everyone signed
 * out. Forms, one's own pages, the projector and the join page (which counts misses per address)
 * are left to the browser.
 */
const RENDERED: Array<{ pattern: RegExp; module: string | null }> = [
  // The board's home is in the board's first file.
  { pattern: /^\/$/, module: null },
  { pattern: /^\/challenges\/?$/, module: null },
  { pattern: /^\/challenges\/[^/]+\/?$/, module: 'src/pages/ChallengePage.tsx' },
  { pattern: /^\/ideas\/[^/]+\/?$/, module: 'src/pages/IdeaPage.tsx' },
  { pattern: /^\/projects\/(?!new\/?$)[^/]+\/?$/, module: 'src/pages/ProjectPage.tsx' },
  { pattern: /^\/events\/?$/, module: 'src/pages/EventsPage.tsx' },
  { pattern: /^\/events\/(?!new\/?$)[^/]+\/?$/, module: 'src/pages/EventPage.tsx' },
  { pattern: /^\/privacy\/?$/, module: 'src/pages/PrivacyPage.tsx' },
  { pattern: /^\/legal\/?$/, module: 'src/pages/LegalPage.tsx' },
];

/** At most this many pages rendered at once; past it a page goes out unrendered, at once. */
export const CONCURRENT_RENDERS = 2;

/**
 * Renders a page of the board on the server (dist/apps/web-ssr), signed out, in the visitor's
 * language: the browser paints it before the board's JavaScript arrives, then hydrates it. It is an
 * addition, never a condition: without the server build, past the time budget, when busy or on any
 * error, the page goes out as the board's bare shell, which the browser renders as before.
 */
@Injectable()
export class BoardRenderer implements OnApplicationBootstrap {
  private readonly logger = new Logger('Board');
  private build: Promise<ServerBuild | null> | null = null;
  private running = 0;
  /** A page not rendered in this time goes out unrendered (SERVER_RENDERING_TIMEOUT_MS). */
  protected budgetMs: number;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {
    this.budgetMs = config.serverRenderingTimeoutMs;
  }

  /** The server build is loaded while the server starts: the first visitor does not wait for it. */
  onApplicationBootstrap(): void {
    if (this.config.serverRendering) void this.serverBuild();
  }

  /** Whether a page at `path` is one the server renders. */
  renders(path: string): boolean {
    return this.config.serverRendering && RENDERED.some(({ pattern }) => pattern.test(path));
  }

  /**
   * The board's source module of a rendered page (`src/pages/ChallengePage.tsx`), whose code and
   * styles go with the page; null for the home page (in the board's first file) and other pages.
   */
  moduleOf(path: string): string | null {
    return RENDERED.find(({ pattern }) => pattern.test(path))?.module ?? null;
  }

  /** The page at `url` (path and query), or null: send the shell. */
  async render(url: string, locale: Locale, viewport: Viewport): Promise<RenderedPage | null> {
    if (this.running >= CONCURRENT_RENDERS) return null;
    this.running++;
    try {
      const build = await this.serverBuild();
      const graphqlUrl = this.graphqlUrl();
      if (!build || !graphqlUrl) return null;
      const page = await build.renderPage({
        url,
        locale,
        viewport,
        graphqlUrl,
        signal: AbortSignal.timeout(this.budgetMs),
      });
      return { ...page, viewport };
    } catch (e) {
      // The budget's reason is a DOMException (TimeoutError), not always an Error of this realm.
      const name = (e as { name?: unknown } | null)?.name;
      const aborted = name === 'TimeoutError' || name === 'AbortError';
      if (aborted) this.logger.debug(`${url} not rendered within ${this.budgetMs} ms: sent unrendered`);
      else this.logger.warn(`${url} not rendered: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    } finally {
      this.running--;
    }
  }

  private serverBuild(): Promise<ServerBuild | null> {
    this.build ??= this.loadServerBuild().catch((e: unknown) => {
      this.logger.warn(
        `The board's server build did not load: ${e instanceof Error ? e.message : String(e)}`,
      );
      return null;
    });
    return this.build;
  }

  /** The board's server build (dist/apps/web-ssr beside the board's files), null when not built. */
  protected async loadServerBuild(): Promise<ServerBuild | null> {
    const entry = join(`${this.config.webDistDir}-ssr`, 'entry-server.mjs');
    if (!existsSync(entry)) {
      this.logger.log(`No server build of the board in ${entry}: pages are rendered in the browser`);
      return null;
    }
    return (await import(pathToFileURL(entry).href)) as ServerBuild;
  }

  /** This server's own GraphQL endpoint, over loopback. */
  protected graphqlUrl(): string | null {
    const address = this.adapterHost.httpAdapter?.getHttpServer()?.address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') return null;
    const host =
      address.address === '0.0.0.0' || address.address === '::'
        ? '127.0.0.1'
        : address.family === 'IPv6'
          ? `[${address.address}]`
          : address.address;
    return `http://${host}:${address.port}/graphql`;
  }
}
