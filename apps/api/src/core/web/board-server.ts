import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { pickLocale, type Locale } from '@ouimake/domain';
import type { NextFunction, Request, Response } from 'express';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { AppConfig } from '../../config/config';
import { type BoardBuild, type BoardFile, chunkFiles, chunkStyles, readBoardBuild } from './board-files';
import { BoardRenderer, type RenderedPage, viewportOf } from './board-renderer';
import { BOARD_HEAD, headTags, escapeHtml, type PageHead } from './page-head';
import { PageHeads } from './page-heads';

const YEAR = 'public, max-age=31536000, immutable';
/** The board's other public files (robots.txt, the icon, the preview image): an hour. */
const HOUR = 'public, max-age=3600';
const MARK = '<!--ouimake:head-->';
const ROOT = '<div id="root"></div>';

/** The best encoding the request takes among those at hand (smallest first), null: none. */
function encodingFor(req: Request, available: { br: boolean; gzip: boolean }): 'br' | 'gzip' | null {
  const offered = [...(available.br ? ['br'] : []), ...(available.gzip ? ['gzip'] : []), 'identity'];
  const chosen = req.acceptsEncodings(offered);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/**
 * Serves the built board from the API's own server, after every controller and GraphQL:
 *
 * - its files, precompressed (brotli, gzip) when the browser takes it, hashed assets cached for a
 *   year; an unknown `/assets/` file is a 404;
 * - index.html for any other GET or HEAD that asks for a page (accepts text/html) and that nothing
 *   else answered: the board's own routes. It is never cached, and its head says what the page is
 *   (title, description, link preview tags) in the visitor's language.
 *
 * Both are added when the modules start, after the controllers' routes and the GraphQL endpoint
 * (the GraphQL module is deeper in the import tree, so it starts first), and before Nest's 404.
 */
@Injectable()
export class BoardServer implements OnModuleInit {
  private readonly logger = new Logger('Board');
  private build: BoardBuild | null = null;
  private template = '';

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly heads: PageHeads,
    private readonly renderer: BoardRenderer,
  ) {}

  onModuleInit(): void {
    this.build = readBoardBuild(this.config.webDistDir);
    if (!this.build) {
      this.logger.log(`No built board in ${this.config.webDistDir}: the API alone is served`);
      return;
    }
    this.template = withFontPreload(prepareTemplate(this.build.indexHtml), [...this.build.files.keys()]);
    const app = this.adapterHost.httpAdapter;
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      this.serve(req, res, next).catch(next);
    });
  }

  private async serve(req: Request, res: Response, next: NextFunction): Promise<void> {
    const build = this.build;
    if (!build) return next();
    const file = build.files.get(safeDecode(req.path) ?? '');
    if (file) return this.sendFile(req, res, file, next);
    if (req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('Not found');
      return;
    }
    if (!req.accepts('html')) return next();
    await this.sendPage(req, res);
  }

  private sendFile(req: Request, res: Response, file: BoardFile, next: NextFunction): void {
    const encoding = encodingFor(req, { br: file.br !== null, gzip: file.gzip !== null });
    res.type(file.extension);
    res.setHeader('Cache-Control', file.immutable ? YEAR : HOUR);
    if (file.br || file.gzip) res.vary('Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    const path = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.path;
    res.sendFile(
      path ?? file.path,
      { cacheControl: false, acceptRanges: !encoding, dotfiles: 'allow' },
      (err) => {
        if (err && !res.headersSent) next(err);
      },
    );
  }

  private async sendPage(req: Request, res: Response): Promise<void> {
    const locale = pickLocale(req.headers['accept-language']);
    let head: PageHead | null = null;
    let module: string | null = null;
    // A HEAD request gets the same headers without the cost of rendering.
    const rendering =
      req.method === 'GET' && this.renderer.renders(req.path)
        ? this.renderer.render(req.originalUrl, locale, viewportOf(req.headers))
        : Promise.resolve(null);
    try {
      ({ head, module } = await this.heads.resolve(req.path, locale));
    } catch (e) {
      // The page still opens; only its preview is the board's.
      this.logger.warn(`No link preview for ${req.path}: ${e instanceof Error ? e.message : String(e)}`);
      module = this.heads.find(req.path)?.entry.module ?? null;
    }
    const page = await rendering;
    // A rendered page's own code and styles go with it (its styles, or it would show unstyled).
    if (page) module ??= this.renderer.moduleOf(req.path);
    const html = this.render(head ?? BOARD_HEAD[locale], locale, req, module, page);
    res.setHeader('Cache-Control', 'no-cache');
    res.vary('Accept-Language');
    // A rendered page is laid out for a phone or a wider screen.
    if (page) res.vary('Sec-CH-UA-Mobile').vary('User-Agent');
    res.vary('Accept-Encoding');
    res.type('html');
    const body = Buffer.from(html, 'utf8');
    const accepted = encodingFor(req, { br: true, gzip: true });
    if (accepted === 'br') {
      res.setHeader('Content-Encoding', 'br');
      res.send(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }));
    } else if (accepted === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(gzipSync(body));
    } else {
      res.send(body);
    }
  }

  private render(
    head: PageHead,
    locale: Locale,
    req: Request,
    module: string | null,
    page: RenderedPage | null,
  ): string {
    const url = `${this.config.publicUrl}${req.path}`;
    // A page opened directly: its code is fetched with the board's rather than after it.
    // The texts of the visitor's language too: the board fetches only those (src/app/i18n.ts), the
    // shell's and home page's first, and all of them for another page.
    const manifest = this.build?.manifest ?? {};
    const preloads = [
      ...new Set([
        ...chunkFiles(manifest, `src/app/locales/${locale}.first.ts`),
        ...(module ? chunkFiles(manifest, `src/app/locales/${locale}.ts`) : []),
        ...(module ? chunkFiles(manifest, module) : []),
      ]),
    ]
      .filter((file) => !this.template.includes(`"${file}"`))
      .map((file) => `\n    <link rel="modulepreload" crossorigin href="${escapeHtml(file)}" />`)
      .join('');
    // A rendered page is painted with its own styles: they are in its head, not left to its code.
    const styles =
      page && module
        ? chunkStyles(manifest, module)
            .filter((file) => !this.template.includes(`"${file}"`))
            .map((file) => `\n    <link rel="stylesheet" crossorigin href="${escapeHtml(file)}" />`)
            .join('')
        : '';
    const withHead = this.template
      .replace('<html lang="fr"', `<html lang="${escapeHtml(locale)}"`)
      .replace(MARK, headTags(head, locale, url, this.config.publicUrl) + preloads + styles);
    if (!page) return withHead;
    return deferBoard(withHead.replace(ROOT, () => renderedRoot(page, locale)));
  }
}

/** index.html with its title and description taken out, and a mark where the page's go. */
export function prepareTemplate(html: string): string {
  const withoutDescription = html.replace(/\s*<meta\s+name="description"[^>]*>/i, '');
  const title = /<title>[^<]*<\/title>/i;
  if (title.test(withoutDescription)) return withoutDescription.replace(title, MARK);
  return withoutDescription.replace(/<\/head>/i, `  ${MARK}\n  </head>`);
}

/**
 * The rendered page in #root, and what it was rendered from in a JSON script the board hydrates
 * with (data, not code: the Content-Security-Policy allows no inline script). `<` is escaped so
 * that no text of a user can close the script element.
 */
export function renderedRoot(page: RenderedPage, locale: Locale): string {
  const state = JSON.stringify({ locale, viewport: page.viewport, data: page.data })
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<div id="root">${page.html}</div>\n    <script type="application/json" id="ouimake-page">${state}</script>`;
}

/**
 * A rendered page paints without the board's code: its module script and preloads leave the head,
 * and /boot.js (apps/web/public) starts them once the page is painted, so that on a slow connection
 * the page's styles and font are not sharing the bandwidth with the code.
 */
export function deferBoard(html: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry?.[1]) return html;
  const preloads: string[] = [];
  const withoutCode = html
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g, (_link, href: string) => {
      preloads.push(href);
      return '';
    });
  const boot =
    `<script type="module" src="/boot.js" data-board="${escapeHtml(entry[1])}" ` +
    `data-preload="${escapeHtml(JSON.stringify(preloads))}"></script>`;
  return withoutCode.replace(/<\/body>/i, `  ${boot}\n  </body>`);
}

/**
 * The board's text font (its Latin letters: French and English) fetched with the page rather than
 * once the styles are read: the first paint is in the board's own font, not swapped in later.
 */
export function withFontPreload(template: string, files: string[]): string {
  const font = files.find((file) => /^\/assets\/nunito-latin-wght-normal-[\w-]+\.woff2$/.test(file));
  if (!font) return template;
  const link = `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(font)}" />`;
  return template.replace(/<\/head>/i, `  ${link}\n  </head>`);
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
