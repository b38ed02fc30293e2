/**
 * Forms sent after the session expired are not lost: a request with a valid CSRF token to a route for accounts
 * (never a moderator's or admin's: server.ts) is kept for the account whose session expired (actions/keep-post.ts),
 * and after that account logs in again from the same browser it is shown on a confirmation page and sent only
 * when asked. One mechanism for every form, present and future.
 */
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { CSRF_COOKIE } from './csrf.ts';
import { SESSION_COOKIE } from './session.ts';
import { keepPost, keptForm, moveKeptPosts, type KeptForm } from '../../actions/keep-post.ts';
import { formFieldsOf } from '../../actions/autosave.ts';
import { FLASH_COOKIE, redirectWithFlash, render } from '../respond.ts';
import { messagePage } from '../views/message.ts';
import { replied, type Replied } from '../replied.ts';
import { t } from '../../i18n/translate.ts';

// Credentials are never stored, autosave copies are re-sent by the page itself, and a confirmation is not a form.
const NEVER_KEPT = /^\/(users\/login|settings|setup|autosave|kept-posts)(?=[/?]|$)/;

/** Where a kept form waits for its account to confirm it. */
export const keptPostPath = (id: string) => `/kept-posts/${id}`;

const browserCookieOf = (request: FastifyRequest) => request.cookies[CSRF_COOKIE] ?? '';

const lostPage = (request: FastifyRequest, reply: FastifyReply, why: string, status: number) =>
  render(request, reply, (ctx) => messagePage(ctx, t('chrome.session.expired_title'), `${why} ${t('chrome.session.lost')}`), status);

/**
 * For a state-changing request without a live session (CSRF already checked) to a route for accounts: keeps it for
 * the account whose session expired and sends the browser to log in; anything else just leads to the login page.
 */
export async function keepPostForLogin(request: FastifyRequest, reply: FastifyReply): Promise<Replied> {
  const askToLogIn = () => redirectWithFlash(reply, '/users/login', t('chrome.session.log_in'));
  if (NEVER_KEPT.test(request.url)) return askToLogIn();
  const sender = { browserCookie: browserCookieOf(request), sessionToken: request.cookies[SESSION_COOKIE], ip: request.ip };
  const outcome = await keepPost(request.server.quire.ctx, sender, { method: request.method, url: request.url, fields: formFieldsOf(request.body, ['authenticity_token']) });
  if ('kept' in outcome) return redirectWithFlash(reply, `/users/login?kept=${outcome.kept}`, t('chrome.session.kept'));
  if (outcome.refused === 'too-large') return lostPage(request, reply, t('chrome.session.too_large'), 413);
  if (outcome.refused === 'too-many') return lostPage(request, reply, t('chrome.session.too_many'), 429);
  return askToLogIn();
}

/**
 * Right after a login (the CSRF cookie already replaced, `previousCookie` the one before): moves the account's kept
 * forms to the new cookie, and returns the confirmation page of `keptId` when it is one of them.
 */
export async function keptPostAfterLogin(request: FastifyRequest, accountId: number, previousCookie: string, keptId: string): Promise<string | undefined> {
  const ctx = request.server.quire.ctx;
  await moveKeptPosts(ctx, accountId, previousCookie, browserCookieOf(request));
  if (!keptId) return undefined;
  return (await keptForm(ctx, accountId, browserCookieOf(request), keptId)) ? keptPostPath(keptId) : undefined;
}

/**
 * Sends a kept form as the viewer, who asked for it on its confirmation page (this request passed the CSRF check),
 * and answers with its result: its redirect and flash, or its page (e.g. the form again on 422).
 */
export async function sendKeptForm(request: FastifyRequest, reply: FastifyReply, kept: KeptForm): Promise<Replied> {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(kept.fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  form.set('authenticity_token', request.csrfToken);
  const res = await request.server.inject({
    method: kept.method as HTTPMethods,
    url: kept.url,
    remoteAddress: request.ip,
    headers: {
      host: request.headers.host ?? 'localhost',
      cookie: `${SESSION_COOKIE}=${request.sessionToken ?? ''}; ${CSRF_COOKIE}=${browserCookieOf(request)}`,
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
