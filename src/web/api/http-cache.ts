/**
 * Conditional requests for the API: a weak ETag derived from the body sent (so any change a reader could see
 * changes it, and equal bodies share it), and Last-Modified where the handler knows a date. If-None-Match wins over
 * If-Modified-Since, as RFC 9110 says.
 */
import { createHash } from 'node:crypto';

/** The weak entity tag of a body. */
export const etagOf = (body: string): string => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header matches `etag` (weak comparison: W/ prefixes are ignored; `*` matches any). */
export function noneMatch(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Whether the client's copy is current: the answer is then 304 Not Modified. */
export function notModified(headers: { 'if-none-match'?: string; 'if-modified-since'?: string }, etag: string, lastModified: string | undefined): boolean {
  if (headers['if-none-match'] !== undefined) return noneMatch(headers['if-none-match'], etag);
  if (headers['if-modified-since'] === undefined || lastModified === undefined) return false;
  const since = Date.parse(headers['if-modified-since']);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}
