/**
 * Forms sent after the session expired are not lost: a request with a valid CSRF token to a route that needs
 * an account is kept (bound to the browser's CSRF cookie, which outlives the session) and sent again, as the
 * account, right after that browser logs in. One mechanism for every form, present and future.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { CSRF_COOKIE } from './csrf.ts';
import { SESSION_COOKIE } from './session.ts';
import { insertKeptPost, keptPostFor, deleteKeptPost, pruneKeptPosts } from '../../storage/kept-posts.ts';
import { getWindow, putWindow } from '../../storage/rate-limits.ts';
import { checkLimit, recordAttempt, type Limit } from '../../domain/rate-limit.ts';
import { formFieldsOf } from '../../actions/autosave.ts';
import { FLASH_COOKIE, redirectWithFlash, render } from '../respond.ts';
import { messagePage } from '../views/message.ts';
import { replied, type Replied } from '../replied.ts';

/** The largest form kept, in bytes of its JSON. */
export const KEPT_POST_MAX_BYTES = 2 * 1024 * 1024;
const KEPT_FOR_MS = 7 * 24 * 60 * 60_000;
const KEPT_PER_BROWSER = 10;
/** Kept forms per client address per hour: anyone can get a CSRF cookie, so storage must be bounded. */
const KEEP_LIMIT: Limit = { limit: 30, windowMs: 60 * 60_000 };
// Credentials are never stored, and autosave copies are re-sent by the page itself.
const NEVER_KEPT = /^\/(users\/login|settings|setup|autosave)(?=[/?]|$)/;
const ID_PATTERN = /^[\w-]{22}$/;

const browserKeyOf = (request: FastifyRequest) => createHash('sha256').update(request.cookies[CSRF_COOKIE] ?? '').digest('hex');

const lostPage = (request: FastifyRequest, reply: FastifyReply, why: string, status: number) =>
  render(request, reply, (ctx) => messagePage(ctx, 'Your session has expired', `${why} Go back, copy your text somewhere safe, log in (in another tab if you like), and send it again.`), status);

/**
 * For a guest's state-changing request (CSRF already checked) to a route needing an account: keeps it and
 * sends the browser to log in; forms that are never kept just lead to the login page.
 */
export async function keepPostForLogin(request: FastifyRequest, reply: FastifyReply): Promise<Replied> {
  if (NEVER_KEPT.test(request.url)) return redirectWithFlash(reply, '/users/login', 'Please log in to continue.');
  const ctx = request.server.quire.ctx;
  const payload = JSON.stringify(formFieldsOf(request.body, ['authenticity_token']));
  if (Buffer.byteLength(payload) > KEPT_POST_MAX_BYTES) return lostPage(request, reply, 'What you sent is too long for us to keep while you log in.', 413);
  const now = ctx.now();
  const limitKey = `kept:ip:${request.ip}`;
  const window = await getWindow(ctx.db, limitKey);
  if (!checkLimit(window, KEEP_LIMIT, now).allowed) return lostPage(request, reply, 'Too many forms were kept for this address in the last hour.', 429);
  await putWindow(ctx.db, limitKey, recordAttempt(window, KEEP_LIMIT, now));
  const browserKey = browserKeyOf(request);
  const id = randomBytes(16).toString('base64url');
  await pruneKeptPosts(ctx.db, now - KEPT_FOR_MS, browserKey, KEPT_PER_BROWSER - 1);
  await insertKeptPost(ctx.db, { id, browserKey, method: request.method, url: request.url, payload, createdAt: now });
  return redirectWithFlash(reply, `/users/login?kept=${id}`, 'Your session had expired. Log in and we will finish sending what you wrote.');
}

/**
 * Right after a login: sends the form kept under `keptId` by this browser again, as the account of the new
 * session, and answers with its result (its redirect and flash, or its page, e.g. the form again on 422).
 * Undefined when there is nothing to send for this browser.
 */
export async function finishKeptPost(request: FastifyRequest, reply: FastifyReply, keptId: string, sessionToken: string): Promise<Replied | undefined> {
  if (!ID_PATTERN.test(keptId)) return undefined;
  const db = request.server.quire.db;
  const browserKey = browserKeyOf(request);
  const kept = await keptPostFor(db, keptId, browserKey);
  // Deleting first means two logins racing send it once.
  if (!kept || !(await deleteKeptPost(db, keptId, browserKey))) return undefined;
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(formFieldsOf(JSON.parse(kept.payload) as unknown))) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  // The CSRF cookie is unchanged, so this request's token is the fresh token for it.
  form.set('authenticity_token', request.csrfToken);
  const res = await request.server.inject({
    method: kept.method as HTTPMethods,
    url: kept.url,
    remoteAddress: request.ip,
    headers: {
      host: request.headers.host ?? 'localhost',
      cookie: `${SESSION_COOKIE}=${sessionToken}; ${CSRF_COOKIE}=${request.cookies[CSRF_COOKIE] ?? ''}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...(request.headers['user-agent'] ? { 'user-agent': request.headers['user-agent'] } : {}),
    },
    payload: form.toString(),
  });
  const location = res.headers.location;
  if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') {
    return redirectWithFlash(reply, location, res.cookies.find((c) => c.name === FLASH_COOKIE)?.value);
  }
  const type = res.headers['content-type'];
  return replied(reply.code(res.statusCode).type(typeof type === 'string' ? type : 'text/html; charset=utf-8').header('cache-control', 'no-store').send(res.rawPayload));
}
