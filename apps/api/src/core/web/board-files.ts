import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One file of the built board, with its precompressed versions when the build wrote them. */
export interface BoardFile {
  path: string;
  /** The file's own content type (also that of its compressed versions). */
  extension: string;
  br: string | null;
  gzip: string | null;
  /** Named by its content's hash (`/assets/`): it never changes, so it is cached for a year. */
  immutable: boolean;
}

export interface BoardBuild {
  /** By address (`/assets/index-Ab12.js`); index.html is not among them (it is rendered). */
  files: Map<string, BoardFile>;
  /** index.html as built. */
  indexHtml: string;
  /** Vite's manifest: each source module's chunk and the chunks it imports. */
  manifest: Record<string, ManifestChunk>;
}

/** A chunk in Vite's build manifest (.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const COMPRESSED = /\.(br|gz)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    // Dot folders (.vite, the build's manifest) are the build's, not the board's.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) walk(full, out);
    } else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The built board in `dir`, read once at start (the files do not change while the server runs). */
export function readBoardBuild(dir: string): BoardBuild | null {
  const index = join(dir, 'index.html');
  if (!existsSync(index) || !statSync(index).isFile()) return null;
  const files = new Map<string, BoardFile>();
  for (const full of walk(dir)) {
    if (COMPRESSED.test(full) || full === index) continue;
    const address = `/${relative(dir, full).split(sep).join('/')}`;
    files.set(address, {
      path: full,
      extension: address.slice(address.lastIndexOf('.')),
      br: existsSync(`${full}.br`) ? `${full}.br` : null,
      gzip: existsSync(`${full}.gz`) ? `${full}.gz` : null,
      immutable: address.startsWith('/assets/'),
    });
  }
  const manifestPath = join(dir, '.vite/manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>)
    : {};
  return { files, indexHtml: readFileSync(index, 'utf8'), manifest };
}

/**
 * The files of a source module's chunk and of every chunk it imports (`src/pages/X.tsx`), as
 * addresses, for `<link rel="modulepreload">`; empty when the manifest does not know it.
 */
export function chunkFiles(manifest: Record<string, ManifestChunk>, source: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.push(`/${chunk.file}`);
    chunk.imports?.forEach(visit);
  };
  visit(source);
  return files;
}

/** The style sheets of a source module's chunk and of every chunk it imports, as addresses. */
export function chunkStyles(manifest: Record<string, ManifestChunk>, source: string): string[] {
  const seen = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    chunk.css?.forEach((file) => styles.add(`/${file}`));
    chunk.imports?.forEach(visit);
  };
  visit(source);
  return [...styles];
}
