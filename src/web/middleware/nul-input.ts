/**
 * U+0000 in anything a visitor sends (form fields and their names, the query, path segments) is refused with one
 * 400 page before any handler runs. PostgreSQL rejects NUL in text (a 500 there) while SQLite stores it, so
 * checking here keeps both databases alike; no archive text needs the character.
 */
import type { FastifyRequest } from 'fastify';
import { t } from '../../i18n/translate.ts';

/** Whether a parsed value (string, array, object of them, any depth) holds a NUL in a string or a key. */
export function holdsNul(value: unknown): boolean {
  // A loop, not recursion: a JSON body may nest deeper than the stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      pending.push(...v);
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [key, inner] of Object.entries(v)) {
        if (key.includes('\u0000')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/**
 * preValidation: refuses with 400 when the path, the query or the body carries a NUL. Thrown, so each part of the
 * server answers it its own way: a page on the site (server.ts), JSON in the API (api/errors.ts).
 */
export async function refuseNul(request: FastifyRequest): Promise<void> {
  if (!holdsNul(request.params) && !holdsNul(request.query) && !holdsNul(request.body)) return;
  throw Object.assign(new Error(t('site.error.nul')), { statusCode: 400 });
}
