/**
 * Static assets served under content-hashed names (`site.3f9a1c2e.css`), so browsers may cache them
 * forever and a changed file gets a new URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';

/** One asset: its bytes and type. */
export interface Asset {
  body: Buffer;
  type: string;
}

/** The asset table: hashed URL per name, and the files by hashed file name. */
export interface Assets {
  url(name: string): string;
  byHashedName: Map<string, Asset>;
}

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon' };

/** Files of npm packages served as assets under their own file names: the dyslexia-friendly reading font. */
export const PACKAGE_ASSETS: readonly string[] = ['400-normal', '700-normal', '400-italic', '700-italic']
  .map((face) => `@fontsource/opendyslexic/files/opendyslexic-latin-${face}.woff2`);

/**
 * Reads every file of `dir` and the named package files once at start-up. Stylesheets name other assets
 * plainly (`url(opendyslexic-latin-400-normal.woff2)`) and are given their hashed URLs, so they are hashed last.
 */
export function loadAssets(dir = new URL('./assets/', import.meta.url).pathname, packageFiles = PACKAGE_ASSETS): Assets {
  const urls = new Map<string, string>();
  const byHashedName = new Map<string, Asset>();
  const files = new Map<string, Buffer>(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
  const require = createRequire(import.meta.url);
  for (const spec of packageFiles) files.set(basename(spec), readFileSync(require.resolve(spec)));
  const add = (name: string, body: Buffer) => {
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const ext = extname(name);
    const hashed = `${name.slice(0, -ext.length)}.${hash}${ext}`;
    urls.set(name, `/assets/${hashed}`);
    byHashedName.set(hashed, { body, type: TYPES[ext] ?? 'application/octet-stream' });
  };
  for (const [name, body] of files) if (extname(name) !== '.css') add(name, body);
  for (const [name, body] of files) {
    if (extname(name) !== '.css') continue;
    add(name, Buffer.from(body.toString('utf8').replace(/url\((['"]?)([\w.-]+)\1\)/g, (ref, quote: string, file: string) => (urls.has(file) ? `url(${quote}${urls.get(file)}${quote})` : ref))));
  }
  return {
    byHashedName,
    url(name) {
      const u = urls.get(name);
      if (!u) throw new Error(`no asset named ${name}`);
      return u;
    },
  };
}
