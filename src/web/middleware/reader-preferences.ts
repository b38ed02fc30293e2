/**
 * A visitor's effective reading preferences: a guest's from the `quire_reader` cookie, a logged-in reader's
 * from the account (so they follow the reader across devices). Loaded at most once per request.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readingPreferences, saveReadingPreferences } from '../../actions/reading-preferences.ts';
import { normalizePreferences, parsePreferences, type ReaderPreferences } from '../../domain/reader-preferences.ts';
import { standingOf } from './session.ts';
import { encodeReaderCookie, decodeReaderCookie } from '../../domain/reader-cookie.ts';

export const READER_COOKIE = 'quire_reader';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const loaded = new WeakMap<FastifyRequest, Promise<ReaderPreferences>>();

/** The saved preferences of whoever makes the request. */
export function savedPreferences(request: FastifyRequest): Promise<ReaderPreferences> {
  let p = loaded.get(request);
  if (!p) {
    const standing = standingOf(request);
    p = !request.viewer ? Promise.resolve(decodeReaderCookie(request.cookies[READER_COOKIE]))
      : standing ? Promise.resolve(parsePreferences(standing.preferencesJson))
      : readingPreferences(request.server.quire.ctx, request.viewer.id);
    loaded.set(request, p);
  }
  return p;
}

/** The preferences this page is shown with: the saved ones, and `?style=disable` hides author styling for one view. */
export async function effectivePreferences(request: FastifyRequest): Promise<ReaderPreferences> {
  const saved = await savedPreferences(request);
  return (request.query as Record<string, unknown> | undefined)?.style === 'disable' ? { ...saved, hideAuthorStyle: true } : saved;
}

/** Merges `changes` into the visitor's preferences and keeps them: in the account, or in the guest's cookie. */
export async function saveVisitorPreferences(request: FastifyRequest, reply: FastifyReply, changes: Record<string, unknown>): Promise<ReaderPreferences> {
  if (request.viewer) return saveReadingPreferences(request.server.quire.ctx, request.viewer.id, changes);
  // Guests cannot consent to adult content for longer than a browser session.
  const next = { ...normalizePreferences(changes, await savedPreferences(request)), adultConsent: false };
  reply.setCookie(READER_COOKIE, encodeReaderCookie(next), { path: '/', sameSite: 'lax', httpOnly: true, secure: request.protocol === 'https', maxAge: ONE_YEAR_SECONDS });
  return next;
}
