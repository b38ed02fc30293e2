/**
 * The guest lane: a guest's GET for a page the node already keeps (work-page-cache.ts) is answered before the
 * framework sees it, with the same bytes and headers the full path sends for a cached page: the page at its current
 * revision with this browser's CSRF token in it, the hit counted, the security headers. Most traffic in a spike is
 * guests reading the same pages; on this machine the framework's hooks cost more than the answer (a bare node:http
 * server sends the work page at 0.05 ms of CPU, the full path at 0.13).
 *
 * Anything the lane is not sure of goes down the full path: members (a session cookie), one-time messages, a page
 * not kept or not current, an adult work without this browser's consent, an X-Forwarded-For the archive does not
 * trust (the full path warns of it), the node shutting down, any error before answering. With request logging on,
 * the lane logs its requests as the framework does (the same two lines, the same request id).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
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
import { recordHit } from './middleware/count-hit.ts';
import { acceptsGzip } from './accept-encoding.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the lane needs of the server around it. */
export interface LaneOptions {
  /** The node is shutting down (its answers close their connections: the full path says so). */
  closing: () => boolean;
  /** Where each request is logged when the framework logs requests (at info), or undefined. */
  requestLog: FastifyBaseLogger | undefined;
}

/** The request handler: the lane in front of the framework's `handler`. */
export function guestLane(app: App, options: LaneOptions, handler: Handler): Handler {
  return (req, res) => {
    const cookies = eligible(app, options, req);
    if (!cookies) return handler(req, res);
    answer(app, options, req, res, cookies).then((done) => {
      if (!done) handler(req, res);
    }, () => {
      if (!res.headersSent) handler(req, res);
    });
  };
}

/** The request's cookies when it is a guest's plain GET the lane may answer; undefined sends it down the full path. */
function eligible(app: App, options: LaneOptions, req: IncomingMessage): Record<string, string | undefined> | undefined {
  if (req.method !== 'GET' || options.closing() || !app.setupDone || app.config.pageCacheMb <= 0) return undefined;
  if (!app.config.trustProxy && req.headers['x-forwarded-for'] !== undefined) return undefined;
  const header = req.headers.cookie ?? '';
  // Members' requests go straight on, without parsing their cookies twice; the parsed check below is the one that counts.
  if (header.includes(SESSION_COOKIE)) return undefined;
  const cookies = header ? fastifyCookie.parse(header) : {};
  if (cookies[SESSION_COOKIE] || cookies[FLASH_COOKIE]) return undefined;
  return cookies;
}

/** Answers from the kept page when there is a current one this guest may see; false when it did not answer. */
async function answer(app: App, options: LaneOptions, req: IncomingMessage, res: ServerResponse, cookies: Record<string, string | undefined>): Promise<boolean> {
  const started = performance.now();
  const locale = negotiateLocale(req.headers['accept-language']) ?? await app.siteLocale.get(app.db);
  const key = guestKeyOf(locale, req.url ?? '/', cookies[READER_COOKIE]);
  if (key === undefined) return false;
  const kept = app.pages.peek(key);
  if (!kept?.lane || !mayServe(kept, { cookies })) return false;
  const current = app.pages.get(key, await kept.lane.revision());
  if (current !== kept || res.headersSent) return false;
  const id = randomUUID();
  const ip = clientAddress(app, req);
  if (options.requestLog) logRequest(options.requestLog, id, req, res, started, ip);
  if (kept.lane.hitWorkId !== undefined) recordHit(app, kept.lane.hitWorkId, { userId: undefined, ip, userAgent: req.headers['user-agent'] ?? '' });
  send(app, req, res, kept, locale, cookies[CSRF_COOKIE], id);
  app.pages.laneAnswers++;
  return true;
}

/**
 * The client's address as the framework reads it: the socket's, or behind a trusted proxy (TRUST_PROXY trusts every
 * hop) the first address of X-Forwarded-For.
 */
function clientAddress(app: App, req: IncomingMessage): string {
  const socket = req.socket.remoteAddress ?? '';
  const forwarded = app.config.trustProxy ? req.headers['x-forwarded-for'] : undefined;
  return forwarded === undefined ? socket : String(forwarded).split(',')[0]!.trim();
}

/** Whether the browser reached the archive over https: the socket's, or a trusted proxy's last X-Forwarded-Proto. */
function overHttps(app: App, req: IncomingMessage): boolean {
  const proto = app.config.trustProxy ? req.headers['x-forwarded-proto'] : undefined;
  if (typeof proto === 'string' && proto) return proto.slice(proto.lastIndexOf(',') + 1).trim() === 'https';
  return Boolean((req.socket as { encrypted?: boolean }).encrypted);
}

/** The framework's two lines for a request (its serializer reads what this request-like object holds). */
function logRequest(log: FastifyBaseLogger, id: string, req: IncomingMessage, res: ServerResponse, started: number, ip: string): void {
  const child = log.child({ reqId: id });
  const request = { method: req.method, url: req.url, host: req.headers.host, ip, headers: { 'accept-version': req.headers['accept-version'] }, socket: { remotePort: req.socket.remotePort } };
  child.info({ req: request }, 'incoming request');
  res.once('finish', () => child.info({ res: { statusCode: res.statusCode }, responseTime: performance.now() - started }, 'request completed'));
}

/** The security headers as writeHead takes them: name, value, name, value. */
const SECURITY_HEADER_LIST = SECURITY_HEADERS.flat();

/**
 * The headers and bytes the full path sends for a kept page (respond.ts sendPage, the server's onSend hooks), given
 * to writeHead as one list: a header set one at a time is also stored in an object of the response's, thirteen times
 * per page here (with the CSRF key made once, csrf.ts, the lane's CPU per page went from 0.148 to 0.126 ms).
 */
function send(app: App, req: IncomingMessage, res: ServerResponse, page: CachedPage, locale: string, csrfCookie: string | undefined, id: string): void {
  const csrf = csrfTokenFor(app.csrfSecret, csrfCookie);
  const { bytes, sent, encoding } = app.pages.bytesFor(page, csrf.token, acceptsGzip(req.headers['accept-encoding']));
  res.once('finish', sent);
  const headers = ['content-type', 'text/html; charset=utf-8', 'cache-control', 'no-store', ...SECURITY_HEADER_LIST, 'x-request-id', id, 'content-language', locale, 'vary', 'Accept-Encoding, Accept-Language', 'content-length', String(bytes.length)];
  if (encoding) headers.push('content-encoding', encoding);
  if (csrf.newCookie) headers.push('set-cookie', fastifyCookie.serialize(CSRF_COOKIE, csrf.newCookie, csrfCookieOptions(overHttps(app, req))));
  res.writeHead(200, headers);
  res.end(bytes);
}
