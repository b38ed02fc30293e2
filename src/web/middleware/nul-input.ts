/**
 * U+0000 in anything a visitor sends (form fields and their names, the query, path segments) is refused with one
 * 400 page before any handler runs. PostgreSQL rejects NUL in text (a 500 there) while SQLite stores it, so
 * checking here keeps both databases alike; no archive text needs the character.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { messagePage } from '../views/message.ts';
import type { Replied } from '../replied.ts';

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

/** preValidation: answers 400 when the path, the query or the body carries a NUL. */
export async function refuseNul(request: FastifyRequest, reply: FastifyReply): Promise<Replied | undefined> {
  if (!holdsNul(request.params) && !holdsNul(request.query) && !holdsNul(request.body)) return undefined;
  return render(request, reply, (ctx) => messagePage(ctx, 'Bad request', 'Text sent to the archive cannot contain NUL characters (U+0000). Remove them and try again.'), 400);
}
