/**
 * What a guest's download was, kept per node so the next guest asking for it is answered without reading the work:
 * an e-reader's catalog and a downloader fetch the same files again and again, and reading a work, making its
 * snapshot and digesting it for the ETag cost more than sending the file (the file itself is kept by the
 * renderer, under its ETag). A guest's file depends only on the work, the site (its name, disclaimer, tag and user
 * names) and the language, so an entry stands while the work's page revision (work and site counters, read before
 * the work was) is current; anything a member sees differently (drafts, registered-only works, their blocklist)
 * goes the full way, and a refusal is never kept.
 */
import { LruMap } from '../services/lru-map.ts';
import type { Format } from '../export/formats.ts';

/** Downloads remembered per node: a few hundred bytes each. */
const MAX_KEPT = 4096;

/** What answering a guest's download again needs, besides the file. */
export interface KeptDownload {
  /** The page revision (storage/page-revisions.ts) read before the work was. */
  revision: string;
  etag: string;
  /** The `Last-Modified` and `Content-Disposition` headers sent with it. */
  lastModified: string;
  disposition: string;
}

/** Guests' downloads by language, work and format. */
export class GuestDownloads {
  private readonly kept = new LruMap<string, KeptDownload>(MAX_KEPT);
  /** Downloads answered from here (for tests and monitoring). */
  found = 0;

  /** The key of a guest's download. */
  static key(locale: string, workId: number, format: Format): string {
    return `${locale}\n${workId}\n${format}`;
  }

  /** The download kept under `key` at this revision, or undefined (one at another revision is forgotten). */
  get(key: string, revision: string): KeptDownload | undefined {
    const kept = this.kept.get(key);
    if (kept?.revision === revision) return kept;
    if (kept) this.kept.delete(key);
    return undefined;
  }

  put(key: string, download: KeptDownload): void {
    this.kept.set(key, download);
  }

  /** Forgets a download whose file is no longer kept. */
  forget(key: string): void {
    this.kept.delete(key);
  }
}
