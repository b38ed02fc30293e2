/**
 * The guest lane: a guest's GET for a page the node already keeps (work-page-cache.ts) is answered before the
 * framework sees it, with the same bytes and headers the full path sends for a cached page: the page at its current
 * revision with this browser's CSRF token in it, the hit counted, the security headers. Most traffic in a spike is
 * guests reading the same pages; on this machine the framework's hooks cost more than the answer (a bare node:http
 * server sends the work page at 0.05 ms of CPU, the full path at 0.13).
 *
 * Anything the lane is not sure of goes down the full path: members (a session cookie), one-time messages, a page
 * not kept or not current, an adult work without this browser's consent, a proxy the archive does not trust, the
 * node shutting down, request logging switched on (the framework logs each request), any error before answering.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { fastifyCookie } from '@fastify/cookie';
import type { App } from './app.ts';
import { FLASH_COOKIE } from './respond.ts';
import { SESSION_COOKIE } from './middleware/session.ts';
import { CSRF_COOKIE, csrfCookieOptions, csrfTokenFor } from './middleware/csrf.ts';
import { READER_COOKIE } from './middleware/reader-preferences.ts';
import { SECURITY_HEADERS } from './middleware/security-headers.ts';
import { guestKeyOf, mayServe, type CachedPage } from './work-page-cache.ts';
import { negotiateLocale } from '../i18n/locales.ts';
import { dayNumber, isBot } from '../domain/visits.ts';
import { hitVisitorKey } from '../services/visitor-keys.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the lane needs of the server around it. */
export interface LaneOptions {
  /** The node is shutting down (its answers close their connections: the full path says so). */
  closing: () => boolean;
  /** The framework logs every request at this level, so all of them go through it. */
  logsRequests: boolean;
}

/** The request handler: the lane in front of the framework's `handler`. */
export function guestLane(app: App, options: LaneOptions, handler: Handler): Handler {
  return (req, res) => {
    const cookies = eligible(app, options, req);
    if (!cookies) return handler(req, res);
    answer(app, req, res, cookies).then((done) => {
      if (!done) handler(req, res);
    }, () => {
      if (!res.headersSent) handler(req, res);
    });
  };
}

/** The request's cookies when it is a guest's plain GET the lane may answer; undefined sends it down the full path. */
function eligible(app: App, options: LaneOptions, req: IncomingMessage): Record<string, string | undefined> | undefined {
  if (req.method !== 'GET' || options.logsRequests || options.closing() || !app.setupDone || app.config.pageCacheMb <= 0) return undefined;
  if (app.config.trustProxy || req.headers['x-forwarded-for'] !== undefined) return undefined;
  const cookies = req.headers.cookie ? fastifyCookie.parse(req.headers.cookie) : {};
  if (cookies[SESSION_COOKIE] || cookies[FLASH_COOKIE]) return undefined;
  return cookies;
}

/** Answers from the kept page when there is a current one this guest may see; false when it did not answer. */
async function answer(app: App, req: IncomingMessage, res: ServerResponse, cookies: Record<string, string | undefined>): Promise<boolean> {
  const url = req.url ?? '/';
  const locale = negotiateLocale(req.headers['accept-language']) ?? await app.siteLocale.get(app.db);
  const key = guestKeyOf(locale, url, cookies[READER_COOKIE]);
  const kept = key === undefined ? undefined : app.pages.peek(key);
  if (!key || !kept?.lane || !mayServe(kept, { cookies })) return false;
  const current = app.pages.get(key, await kept.lane.revision());
  if (current !== kept || res.headersSent) return false;
  if (kept.lane.hitWorkId !== undefined) countGuestHit(app, req, kept.lane.hitWorkId);
  send(app, req, res, kept, locale, cookies[CSRF_COOKIE]);
  app.pages.laneAnswers++;
  return true;
}

function countGuestHit(app: App, req: IncomingMessage, workId: number): void {
  const userAgent = req.headers['user-agent'] ?? '';
  if (isBot(userAgent)) return;
  const day = dayNumber(app.ctx.now());
  app.hits.record(workId, hitVisitorKey(app.csrfSecret, { userId: undefined, ip: req.socket.remoteAddress ?? '', userAgent, day }), day);
}

/** The headers and bytes the full path sends for a kept page (respond.ts sendPage, the server's onSend hooks). */
function send(app: App, req: IncomingMessage, res: ServerResponse, page: CachedPage, locale: string, csrfCookie: string | undefined): void {
  const csrf = csrfTokenFor(app.csrfSecret, csrfCookie);
  const { bytes, sent } = app.pages.bytesFor(page, csrf.token);
  res.once('finish', sent);
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  if (csrf.newCookie) res.setHeader('set-cookie', fastifyCookie.serialize(CSRF_COOKIE, csrf.newCookie, csrfCookieOptions(isEncrypted(req))));
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  res.setHeader('x-request-id', randomUUID());
  res.setHeader('content-language', locale);
  res.setHeader('vary', 'Accept-Language');
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

const isEncrypted = (req: IncomingMessage) => Boolean((req.socket as { encrypted?: boolean }).encrypted);
