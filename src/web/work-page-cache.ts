/**
 * Guests' rendered work pages, kept per node as UTF-8 bytes: most readers are guests, and a guest's page depends
 * only on the URL, the reading-preferences cookie and what the page revision counters track (migration 14). An
 * entry is served while the work's and the site's revisions are the ones it was rendered at, so a write on any
 * node shows on every node's next request. The one per-browser value in a guest's page, the CSRF token, is cut
 * out when the page is stored and put back when it is sent.
 */
import type { FastifyRequest } from 'fastify';
import { FLASH_COOKIE } from './respond.ts';
import { READER_COOKIE } from './middleware/reader-preferences.ts';
import { ADULT_COOKIE } from './middleware/adult-consent.ts';

/** Pages larger than this (a long work shown whole) are rendered every time rather than crowd out the rest. */
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_KEY_LENGTH = 1024;

/** One stored page. */
export interface CachedPage {
  /** The page revision (storage/page-revisions.ts) it was rendered at. */
  revision: string;
  /** Whether the work is behind the adult-content gate. */
  adult: boolean;
  /** The page's bytes, split where the CSRF token goes. */
  parts: Buffer[];
  bytes: number;
}

/** The cache key of a request whose page may be shared, or undefined (readers with an account, one-time messages). */
export function guestPageKey(request: Pick<FastifyRequest, 'viewer' | 'cookies' | 'url'>): string | undefined {
  if (request.viewer || request.cookies[FLASH_COOKIE] || request.url.length > MAX_KEY_LENGTH) return undefined;
  return `${request.url}\n${request.cookies[READER_COOKIE] ?? ''}`;
}

/** Whether this guest may be shown the stored page (an adult work needs this browser session's consent). */
export const mayServe = (page: CachedPage, request: Pick<FastifyRequest, 'cookies'>): boolean =>
  !page.adult || request.cookies[ADULT_COOKIE] === '1';

/** The page's bytes split at every occurrence of the token (absent from a page without forms). */
export function splitAtToken(body: string, token: string): Buffer[] {
  return (token ? body.split(token) : [body]).map((part) => Buffer.from(part));
}

/** The stored page with this browser's token put back. */
export function joinWithToken(parts: Buffer[], token: string): Buffer {
  if (parts.length === 1) return parts[0]!;
  const glue = Buffer.from(token);
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [glue, part])));
}

/** A least-recently-used map of pages, bounded in bytes. */
export class WorkPageCache {
  private readonly entries = new Map<string, CachedPage>();
  private size = 0;
  private readonly maxBytes: number;
  /** Lookups that found a current page (for tests and monitoring). */
  found = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** The page stored under `key` at this revision, or undefined (an older revision is dropped). */
  get(key: string, revision: string): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    this.entries.delete(key);
    if (page.revision !== revision) {
      this.size -= page.bytes;
      return undefined;
    }
    this.entries.set(key, page);
    this.found++;
    return page;
  }

  /** Stores a rendered page, evicting the least recently used ones beyond the budget. */
  put(key: string, page: Omit<CachedPage, 'bytes'>): void {
    const bytes = page.parts.reduce((n, p) => n + p.length, 0) + key.length;
    if (bytes > Math.min(MAX_ENTRY_BYTES, this.maxBytes)) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.size -= old.bytes;
    }
    this.entries.set(key, { ...page, bytes });
    this.size += bytes;
    for (const [k, p] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(k);
      this.size -= p.bytes;
    }
  }

  /** Bytes held. */
  get bytes(): number {
    return this.size;
  }

  /** Pages held. */
  get count(): number {
    return this.entries.size;
  }
}
