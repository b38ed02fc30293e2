/**
 * Forms sent after a session expired: kept for the account whose session it was, in the browser that sent them,
 * and sent again only when that account has logged in there, seen what will be sent and asked for it. A kept form
 * once replayed as whoever logged in next from the browser: a guest's form (or one sent with a planted CSRF
 * cookie) went out with an admin's rights through the admin's login.
 */
import { createHash, randomBytes } from 'node:crypto';
import { expiredSessionOwner } from '../storage/sessions.ts';
import { insertKeptPost, keptPostFor, deleteKeptPost, pruneKeptPosts, rekeyKeptPosts, type KeptPost } from '../storage/kept-posts.ts';
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { checkLimit, recordAttempt, type Limit } from '../domain/rate-limit.ts';
import { hashToken } from './secret-token.ts';
import { formFieldsOf, type FormFields } from './autosave.ts';
import type { Context } from './context.ts';

/** The largest form kept, in bytes of its JSON. */
export const KEPT_POST_MAX_BYTES = 2 * 1024 * 1024;
const KEPT_FOR_MS = 7 * 24 * 60 * 60_000;
const KEPT_PER_BROWSER = 10;
/** Kept forms per client address per hour: expired sessions are cheap to come by, so storage must be bounded. */
const KEEP_LIMIT: Limit = { limit: 30, windowMs: 60 * 60_000 };
const ID_PATTERN = /^[\w-]{22}$/;

/** Where a form comes from: the browser (its CSRF cookie) and the session cookie it still carried. */
export interface Sender {
  browserCookie: string;
  sessionToken: string | undefined;
  ip: string;
}

/** A kept form, its fields parsed. */
export interface KeptForm {
  id: string;
  method: string;
  url: string;
  fields: FormFields;
  createdAt: number;
}

/** Kept, or why not: no expired session to bind it to (a guest, or a session that was ended), too large, too many. */
export type KeepOutcome = { kept: string } | { refused: 'no-session' | 'too-large' | 'too-many' };

const keyOf = (browserCookie: string, accountId: number) => createHash('sha256').update(`${accountId}\n${browserCookie}`).digest('hex');

const formOf = (kept: KeptPost): KeptForm => ({ id: kept.id, method: kept.method, url: kept.url, fields: formFieldsOf(JSON.parse(kept.payload) as unknown), createdAt: kept.createdAt });

/** Keeps a form sent without a live session for the account whose session expired (never for anyone else). */
export async function keepPost(ctx: Context, sender: Sender, request: { method: string; url: string; fields: FormFields }): Promise<KeepOutcome> {
  const now = ctx.now();
  const accountId = sender.sessionToken ? await expiredSessionOwner(ctx.db, hashToken(sender.sessionToken), now) : undefined;
  if (accountId === undefined) return { refused: 'no-session' };
  const payload = JSON.stringify(request.fields);
  if (Buffer.byteLength(payload) > KEPT_POST_MAX_BYTES) return { refused: 'too-large' };
  const limitKey = `kept:ip:${sender.ip}`;
  const window = await getWindow(ctx.db, limitKey);
  if (!checkLimit(window, KEEP_LIMIT, now).allowed) return { refused: 'too-many' };
  await putWindow(ctx.db, limitKey, recordAttempt(window, KEEP_LIMIT, now));
  const browserKey = keyOf(sender.browserCookie, accountId);
  const id = randomBytes(16).toString('base64url');
  await pruneKeptPosts(ctx.db, now - KEPT_FOR_MS, browserKey, KEPT_PER_BROWSER - 1);
  await insertKeptPost(ctx.db, { id, browserKey, method: request.method, url: request.url, payload, createdAt: now });
  return { kept: id };
}

/** At login the browser's CSRF cookie is replaced: the account's forms kept in that browser follow it. */
export async function moveKeptPosts(ctx: Context, accountId: number, fromCookie: string, toCookie: string): Promise<void> {
  if (fromCookie) await rekeyKeptPosts(ctx.db, keyOf(fromCookie, accountId), keyOf(toCookie, accountId));
}

/** The form kept under `id` for this account in this browser, if any. */
export async function keptForm(ctx: Context, accountId: number, browserCookie: string, id: string): Promise<KeptForm | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  const kept = await keptPostFor(ctx.db, id, keyOf(browserCookie, accountId));
  return kept && formOf(kept);
}

/** Removes the kept form and hands it over to be sent; undefined when it is gone (two clicks send it once). */
export async function takeKeptForm(ctx: Context, accountId: number, browserCookie: string, id: string): Promise<KeptForm | undefined> {
  const kept = await keptForm(ctx, accountId, browserCookie, id);
  if (!kept || !(await deleteKeptPost(ctx.db, id, keyOf(browserCookie, accountId)))) return undefined;
  return kept;
}
