/**
 * Static assets served under content-hashed names (`site.3f9a1c2e.css`), so browsers may cache them
 * forever and a changed file gets a new URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';

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

/** Reads every file of `dir` once at start-up. */
export function loadAssets(dir = new URL('./assets/', import.meta.url).pathname): Assets {
  const urls = new Map<string, string>();
  const byHashedName = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const body = readFileSync(join(dir, name));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const ext = extname(name);
    const hashed = `${name.slice(0, -ext.length)}.${hash}${ext}`;
    urls.set(name, `/assets/${hashed}`);
    byHashedName.set(hashed, { body, type: TYPES[ext] ?? 'application/octet-stream' });
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
