/**
 * The interface language of each request. An onRequest hook opens the async-context scope that `t()` reads
 * (i18n/translate.ts) from Accept-Language, else the site default; once the session is read, a member's own choice
 * replaces it. The scope must hold for the whole request, hooks, handler, views and error pages included.
 */
import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { currentLocale, enterLocaleScope, localeScope } from '../../i18n/translate.ts';
import { DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale } from '../../i18n/locales.ts';
import { getSetting } from '../../storage/settings.ts';
import { SITE_LOCALE_KEY } from '../../domain/site.ts';
import type { Queryable } from '../../storage/db.ts';

/** How long a node trusts the site default it last read; the node that saves a new one learns it at once. */
const SITE_LOCALE_TTL_MS = 5000;

/** The site's default language, read from the settings at most every few seconds. */
export class SiteLocale {
  private value: Locale = DEFAULT_LOCALE;
  private readAt = -Infinity;

  /** The default in force (a stored value that is not one of ours counts as unset). */
  async get(db: Queryable, now = Date.now()): Promise<Locale> {
    if (now - this.readAt > SITE_LOCALE_TTL_MS) {
      const stored = await getSetting(db, SITE_LOCALE_KEY);
      this.value = isLocale(stored) ? stored : DEFAULT_LOCALE;
      this.readAt = now;
    }
    return this.value;
  }

  /** Forgets the value read, so the next request reads the one just saved. */
  forget(): void {
    this.readAt = -Infinity;
  }
}

const resources = new WeakMap<FastifyRequest, AsyncResource>();

/**
 * Installs the hooks. The scope is opened around the rest of the onRequest chain (the `done` callback runs inside
 * it). A request body is read from socket events that belong to no request's context, so after parsing the chain is
 * carried back into the scope through an AsyncResource made inside it, as @fastify/request-context does.
 */
export function installLocale(server: FastifyInstance, siteLocale: SiteLocale): void {
  server.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const open = (locale: Locale) => enterLocaleScope(locale, () => {
      resources.set(request, new AsyncResource('quire-locale'));
      done();
    });
    const asked = negotiateLocale(request.headers['accept-language']);
    if (asked) return open(asked);
    siteLocale.get(request.server.quire.db).then(open, (error: unknown) => {
      // The database being away is answered by the next hooks and the error handler; the page is in English.
      request.log.warn({ err: error }, 'site language unreadable');
      open(DEFAULT_LOCALE);
    });
  });
  // Pages differ by Accept-Language: a shared cache must not hand a Spanish reader the English copy.
  server.addHook('onSend', (_request, reply, payload, done) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (/html|xml/.test(type)) {
      reply.header('content-language', currentLocale());
      const vary = String(reply.getHeader('vary') ?? '');
      if (!/(^|,)\s*(accept-language|\*)\s*(,|$)/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
    }
    done(null, payload);
  });
  server.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const resource = resources.get(request);
    if (resource) resource.runInAsyncScope(done, request.raw);
    else done();
  });
}

/** After the session is read: a member's chosen language beats what the browser asked for. */
export function applyMemberLocale(request: FastifyRequest): void {
  const chosen = request.viewer?.locale;
  const scope = localeScope();
  if (chosen && scope) scope.locale = chosen;
}

/** The language a request gets without a member's choice: what the browser asks for, else the site default. */
export async function browserLocale(request: FastifyRequest): Promise<Locale> {
  return negotiateLocale(request.headers['accept-language']) ?? request.server.quire.siteLocale.get(request.server.quire.db);
}

/** Switches the rest of this request to `locale` (a member who just chose one sees the next message in it). */
export function switchLocale(locale: Locale): void {
  const scope = localeScope();
  if (scope) scope.locale = locale;
}

/** Runs `fn` in the request's language scope (an error page for a body that could not be parsed runs outside it). */
export function inRequestLocale<T>(request: FastifyRequest, fn: () => T): T {
  const resource = resources.get(request);
  return resource ? resource.runInAsyncScope(fn) : fn();
}
