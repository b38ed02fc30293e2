/** The download formats, their media types, file names and URLs (`/downloads/{id}/{slug}.{ext}`, as AO3). */
import { createHash } from 'node:crypto';
import { lastModified, type WorkSnapshot } from './snapshot.ts';
import type { WorkPage } from '../actions/read-work.ts';

/** The formats, in the order the work page lists them. */
export const FORMATS = ['epub', 'pdf', 'html', 'txt'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

/** Media type of each format. */
export const MEDIA_TYPES: Record<Format, string> = {
  epub: 'application/epub+zip',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** Labels for the download menu. */
export const FORMAT_LABELS: Record<Format, string> = { epub: 'EPUB', pdf: 'PDF', html: 'HTML', txt: 'TXT' };

/** Bump when a renderer's output changes, so caches and e-readers fetch the new file. */
export const EXPORT_VERSION = 2;

/** The format named by a file extension, or undefined. */
export const formatOf = (ext: string): Format | undefined => (FORMATS as readonly string[]).includes(ext.toLowerCase()) ? (ext.toLowerCase() as Format) : undefined;

/** ASCII file name stem: letters, digits and underscores (accents dropped), like AO3's; `Work_<id>` when nothing is left. */
export function asciiSlug(title: string, id: number): string {
  const ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60).replace(/_+$/, '');
  return ascii || `Work_${id}`;
}

/** File name stem keeping every letter of the title, for `filename*` (only path and control characters replaced). */
export function unicodeSlug(title: string, id: number): string {
  const name = [...title.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').trim().replace(/\s+/g, '_')].slice(0, 80).join('');
  return name || `Work_${id}`;
}

/** `Content-Disposition` for a download: an ASCII `filename` and the UTF-8 `filename*` (RFC 6266). */
export function contentDisposition(title: string, id: number, format: Format): string {
  const utf8 = encodeURIComponent(`${unicodeSlug(title, id)}.${format}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiSlug(title, id)}.${format}"; filename*=UTF-8''${utf8}`;
}

/** A work's download link, root-relative, with AO3's `updated_at` so caches refetch after a change. */
export function downloadPath(page: Pick<WorkPage, 'work' | 'chapters'>, format: Format): string {
  return `/downloads/${page.work.id}/${asciiSlug(page.work.title, page.work.id)}.${format}?updated_at=${Math.floor(lastModified(page) / 1000)}`;
}

/**
 * The ETag of a download: a digest of everything the file shows (snapshots hold no hit or kudos counts), so it
 * changes with any edit, posting or reordering, and e-reader apps revalidate with a cheap 304.
 */
export function downloadEtag(snapshot: WorkSnapshot, format: Format): string {
  return `"${createHash('sha256').update(JSON.stringify([EXPORT_VERSION, format, snapshot])).digest('base64url').slice(0, 27)}"`;
}
