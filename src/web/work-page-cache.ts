/**
 * Guests' rendered work pages, kept per node as UTF-8 bytes: most readers are guests, and a guest's page depends
 * only on the URL, the reading-preferences cookie and what the page revision counters track (migration 14). An
 * entry is served while the work's and the site's revisions are the ones it was rendered at, so a write on any
 * node shows on every node's next request. The one per-browser value in a guest's page, the CSRF token, is cut
 * out when the page is stored and put back when it is sent.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FLASH_COOKIE, sendPage } from './respond.ts';
import type { Replied } from './replied.ts';
import { READER_COOKIE } from './middleware/reader-preferences.ts';
import { ADULT_COOKIE } from './middleware/adult-consent.ts';
import { currentLocale } from '../i18n/translate.ts';
import type { MemberWorkTemplate } from './member-work-pages.ts';
import type { MemberListingTemplate } from './member-listing-pages.ts';
import { gzipPage, writeToken, MAX_STORED_BLOCK, type GzippedPage } from './gzip-page.ts';
import { acceptsGzip } from './accept-encoding.ts';

/** Pages larger than this (a long work shown whole) are rendered every time rather than crowd out the rest. */
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_KEY_LENGTH = 1024;

/** Spare copies of a page kept for reuse, per page (and as many of its gzipped bytes). */
const MAX_SPARES = 4;

/** Pages smaller than this are sent as they are: gzip's header and trailer would be most of what it saves. */
const MIN_GZIP_BYTES = 1024;

/** One stored page. */
export interface CachedPage {
  /** The page revision (storage/page-revisions.ts) it was rendered at. */
  revision: string;
  /** Whether the work is behind the adult-content gate. */
  adult: boolean;
  /** The page's bytes as rendered, and the byte offsets of the renderer's CSRF token in them. */
  body: Buffer;
  tokenAt: number[];
  tokenBytes: number;
  /** For a members' template (member-work-pages.ts): its holes and what filling them needs; `body` is the template's. */
  member?: MemberWorkTemplate;
  /** For a members' listing template (member-listing-pages.ts). */
  listing?: MemberListingTemplate;
  /** For a guest's page: how the guest lane (guest-lane.ts) serves it without the framework. */
  lane?: LaneFacts;
}

/** What serving a guest's stored page needs besides its bytes: its current revision, and the work whose hit it counts. */
export interface LaneFacts {
  revision: () => Promise<string>;
  hitWorkId?: number;
}

interface Entry extends CachedPage {
  key: string;
  /**
   * Copies of `body` whose responses have been handed to the OS, ready to carry the next browser's token: a fresh
   * 52 KB copy per response made V8 collect garbage so often (external memory pressure) that it halved throughput.
   */
  spares: Buffer[];
  /**
   * The page gzipped (gzip-page.ts), made when a browser that takes gzip first asks for it (null: sent as it is), and
   * copies of those bytes ready for the next token, as `spares`.
   */
  gzipped?: GzippedPage | null;
  gzipSpares: Buffer[];
  bytes: number;
}

/** A rendered page as stored: its bytes and where the token sits in them (none for a page without forms). */
export function storedPage(body: string, token: string): Pick<CachedPage, 'body' | 'tokenAt' | 'tokenBytes'> {
  const bytes = Buffer.from(body);
  const needle = Buffer.from(token);
  const tokenAt: number[] = [];
  for (let at = token ? bytes.indexOf(needle) : -1; at >= 0; at = bytes.indexOf(needle, at + needle.length)) tokenAt.push(at);
  return { body: bytes, tokenAt, tokenBytes: needle.length };
}

/**
 * The cache key of a request whose page may be shared, or undefined (readers with an account, one-time messages).
 * The page is in the request's language (Accept-Language or the site default), so the language is part of the key.
 */
export function guestPageKey(request: Pick<FastifyRequest, 'viewer' | 'cookies' | 'url'>): string | undefined {
  if (request.viewer || request.cookies[FLASH_COOKIE]) return undefined;
  return guestKeyOf(currentLocale(), request.url, request.cookies[READER_COOKIE]);
}

/** The key of a guest's page in `locale` at `url` with this reading-preferences cookie; undefined for an overlong URL. */
export const guestKeyOf = (locale: string, url: string, readerCookie: string | undefined): string | undefined =>
  url.length > MAX_KEY_LENGTH ? undefined : `${locale}\n${url}\n${readerCookie ?? ''}`;

/** Whether this guest may be shown the stored page (an adult work needs this browser session's consent). */
export const mayServe = (page: CachedPage, request: Pick<FastifyRequest, 'cookies'>): boolean =>
  !page.adult || request.cookies[ADULT_COOKIE] === '1';

/**
 * Sends a stored page carrying this browser's CSRF token, gzipped for a browser that takes it; the copy made for it
 * is kept for the next response once sent.
 */
export function sendStoredPage(cache: WorkPageCache, page: CachedPage, request: Pick<FastifyRequest, 'csrfToken' | 'headers'>, reply: FastifyReply): Promise<Replied> {
  const { bytes, sent, encoding } = cache.bytesFor(page, request.csrfToken, acceptsGzip(request.headers['accept-encoding']));
  reply.raw.once('finish', sent);
  reply.header('vary', 'Accept-Encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return sendPage(reply, bytes);
}

/**
 * Sends a freshly rendered page and, when `shared` says where, keeps it for the next guest: encoded once, the same
 * bytes are stored and sent.
 */
export function keepAndSendPage(cache: WorkPageCache, shared: { key: string; revision: string; lane?: LaneFacts } | undefined, adult: boolean, body: string, request: Pick<FastifyRequest, 'csrfToken'>, reply: FastifyReply): Promise<Replied> {
  if (!shared) return sendPage(reply, body);
  // The next answers at this address may be gzipped: caches are told now.
  reply.header('vary', 'Accept-Encoding');
  const page = storedPage(body, request.csrfToken);
  cache.put(shared.key, { revision: shared.revision, adult, ...page, ...(shared.lane ? { lane: shared.lane } : {}) });
  return sendPage(reply, page.body);
}

/** A least-recently-used map of pages, bounded in bytes (spare copies included). */
export class WorkPageCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;
  private readonly maxBytes: number;
  /** Lookups that found a current page (for tests and monitoring). */
  found = 0;
  /** Pages the guest lane (guest-lane.ts) sent from here without the framework (for tests and monitoring). */
  laneAnswers = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** The page stored under `key` at this revision, or undefined (an older revision is dropped). */
  get(key: string, revision: string): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    if (page.revision !== revision) {
      this.drop(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, page);
    this.found++;
    return page;
  }

  /** The page stored under `key` at whatever revision, without touching its place in the order. */
  peek(key: string): CachedPage | undefined {
    return this.entries.get(key);
  }

  /** Stores a rendered page, evicting the least recently used ones beyond the budget. */
  put(key: string, page: CachedPage): void {
    const bytes = page.body.length + key.length;
    if (bytes > Math.min(MAX_ENTRY_BYTES, this.maxBytes)) return;
    this.drop(key);
    this.entries.set(key, { ...page, key, spares: [], gzipSpares: [], bytes });
    this.size += bytes;
    this.evict();
  }

  /**
   * The page's bytes carrying `token`, gzipped when `gzip` says the browser takes it and the page is worth it
   * (`encoding` says which), and what to call once the response has been handed to the OS (then the copy is kept for
   * the next response; a response that never finishes just leaves its copy to the collector).
   */
  bytesFor(page: CachedPage, token: string, gzip = false): { bytes: Buffer; sent: () => void; encoding?: 'gzip' } {
    const entry = page as Entry;
    const glue = Buffer.from(token);
    const fits = page.tokenAt.length === 0 || glue.length === page.tokenBytes;
    const gzipped = gzip && fits ? this.gzippedOf(entry) : null;
    if (gzipped && page.tokenAt.length === 0) return { bytes: gzipped.bytes, sent: () => undefined, encoding: 'gzip' };
    if (gzipped) {
      const copy = this.take(entry, entry.gzipSpares) ?? Buffer.from(gzipped.bytes);
      writeToken(gzipped, copy, glue);
      return { bytes: copy, sent: () => this.keepSpare(entry, entry.gzipSpares, copy), encoding: 'gzip' };
    }
    if (page.tokenAt.length === 0) return { bytes: page.body, sent: () => undefined };
    // A token of another length cannot be written in place: that response gets a copy of its own.
    if (glue.length !== page.tokenBytes) return { bytes: splice(page, glue), sent: () => undefined };
    const spare = this.take(entry, entry.spares);
    if (spare) for (const at of page.tokenAt) glue.copy(spare, at);
    const copy = spare ?? splice(page, glue);
    return { bytes: copy, sent: () => this.keepSpare(entry, entry.spares, copy) };
  }

  /** The entry's gzipped bytes, made the first time (and counted in the budget while the entry is held), or null. */
  private gzippedOf(entry: Entry): GzippedPage | null {
    if (entry.gzipped !== undefined) return entry.gzipped;
    const worth = entry.body.length >= MIN_GZIP_BYTES && entry.tokenBytes <= MAX_STORED_BLOCK && !entry.member && !entry.listing;
    entry.gzipped = worth ? gzipPage(entry.body, entry.tokenAt, entry.tokenBytes) : null;
    if (entry.gzipped && this.entries.get(entry.key) === entry) {
      entry.bytes += entry.gzipped.bytes.length;
      this.size += entry.gzipped.bytes.length;
      this.evict();
    }
    return entry.gzipped;
  }

  /** A spare copy from `spares`, no longer counted in the budget, or undefined. */
  private take(entry: Entry, spares: Buffer[]): Buffer | undefined {
    const spare = spares.pop();
    if (!spare) return undefined;
    entry.bytes -= spare.length;
    this.size -= spare.length;
    return spare;
  }

  private keepSpare(entry: Entry, spares: Buffer[], bytes: Buffer): void {
    // Spares only fill room the pages leave: they never push a page out.
    if (this.entries.get(entry.key) !== entry || spares.length >= MAX_SPARES || this.size + bytes.length > this.maxBytes) return;
    spares.push(bytes);
    entry.bytes += bytes.length;
    this.size += bytes.length;
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.size -= old.bytes;
  }

  private evict(): void {
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

/** A new copy of the page with `token` in place of the renderer's (whatever its length). */
function splice(page: CachedPage, token: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (const at of page.tokenAt) {
    parts.push(page.body.subarray(from, at), token);
    from = at + page.tokenBytes;
  }
  parts.push(page.body.subarray(from));
  return Buffer.concat(parts);
}
