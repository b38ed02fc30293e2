/** Helpers every handler uses: the page context, rendering, redirects with a flash, reading form fields. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getSettings } from '../storage/settings.ts';
import { unreadInboxCount } from '../storage/inbox.ts';
import { DEFAULT_SITE_NAME, SITE_LOOK_KEYS } from '../domain/site.ts';
import { policyFrom, POLICY_KEYS } from '../domain/site-policy.ts';
import type { PageContext } from './views/page.ts';
import type { Html } from './views/html.ts';
import { effectivePreferences } from './middleware/reader-preferences.ts';
import { standingOf } from './middleware/session.ts';
import { replied, type Replied } from './replied.ts';
import { encodedPage } from './response-buffers.ts';
import type { App } from './app.ts';

/** The cookie carrying a one-time message to the next page. */
export const FLASH_COOKIE = 'quire_flash';

// A page built from several views (a work page and its bookmark form) asks for the context more than once: it is
// built once per request, and again only if the viewer or token changed meanwhile (a login renders for the new viewer).
const contexts = new WeakMap<FastifyRequest, { viewer: unknown; token: string; ctx: Promise<PageContext> }>();

/** Builds the shared page state for a request (site name, viewer, CSRF token, flash). */
export function pageContext(request: FastifyRequest, reply: FastifyReply): Promise<PageContext> {
  const built = contexts.get(request);
  if (built && built.viewer === request.viewer && built.token === request.csrfToken) return built.ctx;
  const ctx = buildPageContext(request, reply);
  contexts.set(request, { viewer: request.viewer, token: request.csrfToken, ctx });
  return ctx;
}

const PAGE_SETTINGS = ['site_name', 'footer_credit', ...POLICY_KEYS, ...SITE_LOOK_KEYS];
const settingsRead = new WeakMap<App, { revision: number; values: Promise<Map<string, string>> }>();

/** The settings every page shows, read again only when the site's page revision has moved (a setting's change moves it). */
async function pageSettings(app: App): Promise<Map<string, string>> {
  const revision = await app.ctx.revisions.site();
  const read = settingsRead.get(app);
  if (read?.revision === revision) return read.values;
  // Read after the revision: a change landing in between leaves the entry under the older revision, read again next time.
  const values = getSettings(app.db, PAGE_SETTINGS);
  settingsRead.set(app, { revision, values });
  values.catch(() => settingsRead.delete(app));
  return values;
}

async function buildPageContext(request: FastifyRequest, reply: FastifyReply): Promise<PageContext> {
  const app = request.server.quire;
  const flash = request.cookies[FLASH_COOKIE];
  if (flash) reply.clearCookie(FLASH_COOKIE, { path: '/' });
  // A member's header shows their unread inbox count; guests' pages carry nothing of their own (the page cache shares them).
  const [settings, inboxUnread] = await Promise.all([
    pageSettings(app),
    request.viewer ? standingOf(request)?.inboxUnread ?? unreadInboxCount(app.db, request.viewer.id) : undefined,
  ]);
  app.lastSiteName = settings.get('site_name') ?? DEFAULT_SITE_NAME;
  return {
    siteName: app.lastSiteName,
    footerCreditHtml: settings.get('footer_credit') ?? '',
    viewer: request.viewer,
    inboxUnread,
    csrfToken: request.csrfToken,
    asset: (name) => app.assets.url(name),
    flash: flash ? flash.slice(0, 300) : undefined,
    path: request.url,
    requestId: String(request.id),
    prefs: await effectivePreferences(request),
    policy: policyFrom(settings),
    look: { site_logo_url: settings.get('site_logo_url') ?? '', site_favicon_url: settings.get('site_favicon_url') ?? '', site_tagline: settings.get('site_tagline') ?? '' },
  };
}

/**
 * Sends a rendered page. A rendered page is a rope of thousands of template pieces: sent as a string, Fastify measured
 * its UTF-8 length and the socket then encoded it, two walks over the rope that took a fifth of a signed-in tag
 * page's CPU (measured); encoded once into a Buffer here (response-buffers.ts), it is walked once.
 */
export function sendPage(reply: FastifyReply, page: Html | string | Buffer, status = 200): Promise<Replied> {
  return replied(reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(Buffer.isBuffer(page) ? page : encodedPage(String(page), reply.raw)));
}

/** Renders a view with the page context and sends it. */
export async function render(request: FastifyRequest, reply: FastifyReply, view: (ctx: PageContext) => Html, status = 200): Promise<Replied> {
  return sendPage(reply, view(await pageContext(request, reply)), status);
}

/**
 * A URL as a Location header may carry it: every character outside printable ASCII percent-encoded as UTF-8 (what
 * browsers do), the rest as it is. Node refuses other characters in a header (a 500), and CR/LF would split it.
 */
export function asLocation(url: string): string {
  return url.replace(/[^\x21-\x7e]+/g, (run) => [...Buffer.from(run)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** Redirects (303, so a POST becomes a GET) and shows `message` on the next page. */
export function redirectWithFlash(reply: FastifyReply, url: string, message?: string): Promise<Replied> {
  if (message) reply.setCookie(FLASH_COOKIE, message, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
  return replied(reply.code(303).redirect(asLocation(url)));
}

/** A form field's value as one string ('' when missing). */
export function formField(request: Pick<FastifyRequest, 'body'>, name: string): string {
  const body = request.body as Record<string, unknown> | undefined;
  const v = body?.[name];
  if (Array.isArray(v)) return String(v[v.length - 1] ?? '');
  return typeof v === 'string' ? v : '';
}

/** The request's query string as sent, without its "?" ('' when there is none). */
export function queryString(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at < 0 ? '' : request.url.slice(at + 1);
}

/** A query-string value as one string ('' when missing). */
export function queryParam(request: FastifyRequest, name: string): string {
  const v = (request.query as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : '';
}

/** A local path to return to after logging in; anything else becomes '/'. */
export function safeReturnPath(path: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(path) && !path.startsWith('/users/login') ? path : '/';
}

/** All values of a repeated form field (checkboxes). */
export function formList(request: Pick<FastifyRequest, 'body'>, name: string): string[] {
  const body = request.body as Record<string, unknown> | undefined;
  const v = body?.[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}
