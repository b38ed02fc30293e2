/**
 * Builds the HTTP server: plugins, the per-request pipeline (session → setup gate → access → CSRF),
 * the route table, and the one place where errors become status codes and pages.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import { parseFormBody } from './form-body.ts';
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server, type ServerOptions as HttpOptions } from 'node:http';
import { guestLane } from './guest-lane.ts';
import { routes, type Access } from './routes.ts';
import type { App } from './app.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { issueCsrfToken, csrfTokenValid } from './middleware/csrf.ts';
import { loadViewer } from './middleware/session.ts';
import { installLocale, applyMemberLocale, inRequestLocale } from './middleware/locale.ts';
import { keepPostForLogin } from './middleware/kept-posts.ts';
import { refuseNul } from './middleware/nul-input.ts';
import { refuseOddIds } from './middleware/id-params.ts';
import { warnOfUntrustedProxy } from './middleware/proxy-warning.ts';
import { render, redirectWithFlash } from './respond.ts';
import { payloadFor, replied, type Replied } from './replied.ts';
import { notFoundPage, errorPage, messagePage } from './views/message.ts';
import { participationRefusedPage } from './views/participation-notice.ts';
import { ParticipationRefused } from '../domain/participation.ts';
import { hasRole } from '../domain/permissions.ts';
import { NotFound, Forbidden, Invalid, TooManyRequests, Gone, LoginRequired } from '../domain/errors.ts';
import { registeredOnlyPage } from './views/adult-gate.ts';
import { countUsers } from '../storage/users.ts';
import { databaseUnavailable } from '../storage/unavailable.ts';
import { sendUnavailable } from './unavailable.ts';
import { apiPlugin, isApiPath } from './api/plugin.ts';
import { processWideCompilers } from './schema-compilers.ts';
import { API_PREFIX } from './api/call.ts';
import { t } from '../i18n/translate.ts';

/** Options for building a server. */
export interface ServerOptions {
  /** pino options, or false to log nothing (tests). */
  logger: boolean | { level: string };
  /** A logger already made (quire serve's, shared with the archive's own messages); replaces `logger`. */
  loggerInstance?: FastifyBaseLogger;
}

const UNGATED = /^\/(setup|healthz|token_dispenser\.json|assets\/)/;

/** The HTTP server Fastify would make itself (lib/server.js), with `listener` in front. */
function httpServer(opts: { http?: HttpOptions; keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number }, listener: RequestListener): Server {
  const server = createServer(opts.http ?? {}, listener);
  if (opts.keepAliveTimeout !== undefined) server.keepAliveTimeout = opts.keepAliveTimeout;
  if (opts.requestTimeout !== undefined) server.requestTimeout = opts.requestTimeout;
  server.setTimeout(opts.connectionTimeout ?? 0);
  if ((opts.maxRequestsPerSocket ?? 0) > 0) server.maxRequestsPerSocket = opts.maxRequestsPerSocket!;
  return server;
}

/** Builds (but does not start) the archive's HTTP server. */
export async function buildServer(app: App, options: ServerOptions): Promise<FastifyInstance> {
  // The guest lane (guest-lane.ts) stands in front of the framework's handler once the server is built.
  let frameworkHandler: RequestListener | undefined;
  let front: RequestListener | undefined;
  const server = Fastify({
    serverFactory: (handler, opts) => {
      frameworkHandler = handler;
      return httpServer(opts, (req, res) => (front ?? handler)(req, res));
    },
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: options.logger }),
    genReqId: () => randomUUID(),
    trustProxy: app.config.trustProxy,
    bodyLimit: 8 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    schemaController: { compilersFactory: processWideCompilers },
  });
  server.decorate('quire', app);
  server.decorateRequest('viewer', undefined);
  server.decorateRequest('sessionToken', undefined);
  server.decorateRequest('csrfToken', '');
  await server.register(cookie);
  // Node's own URL parser: the plugin's default takes up to 100 ms on a chapter full of escaped `<` (form-body.ts).
  await server.register(formbody, { parser: parseFormBody });

  // While shutting down, answer in-flight requests and close their connections, so keep-alive clients
  // do not hold the process open.
  let closing = false;
  server.addHook('preClose', async () => { closing = true; });
  // Fastify logs each request at info; the lane logs the requests it answers the same way.
  const logsRequests = (server.log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled?.('info') ?? false;
  front = guestLane(app, { closing: () => closing, requestLog: logsRequests ? server.log : undefined }, frameworkHandler!);
  // One hook with a callback: each async hook is a promise per response.
  server.addHook('onSend', (request, reply, payload, done) => {
    securityHeaders(request, reply);
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  // After the last request: text-rendering workers are idle by then and are ended with the server.
  server.addHook('onClose', async () => { await app.ctx.texts.close(); });
  // Whoever started listening for page revisions (quire serve, tests), the server's end stops it.
  server.addHook('onClose', async () => { await app.ctx.revisions.close(); });
  // First, so everything after it (the session, the handler, its views, error pages) runs in the request's language.
  installLocale(server, app.siteLocale);
  server.addHook('onRequest', async (request, reply) => {
    // The JSON API reads as a token's member or a guest, never by cookie, and sets none (api/plugin.ts).
    if (!isApiPath(request.url)) {
      issueCsrfToken(request, reply, app.csrfSecret, request.protocol === 'https');
      await loadViewer(request);
    }
    applyMemberLocale(request);
    if (!app.setupDone) app.setupDone = (await countUsers(app.db)) > 0;
    if (!app.setupDone && !UNGATED.test(request.url)) return reply.redirect('/setup');
  });
  server.addHook('preValidation', refuseNul);
  server.addHook('preValidation', refuseOddIds);
  // After onRequest, so it is logged with the request's own logger.
  if (!app.config.trustProxy) server.addHook('preValidation', warnOfUntrustedProxy());

  for (const route of routes) {
    server.route({
      method: route.method,
      url: route.url,
      config: { readWithSession: route.readWithSession },
      preHandler: async (request, reply) => {
        // A form sent to a route for accounts without a live session: checked for CSRF like any other, then kept
        // for the account whose session expired (middleware/kept-posts.ts). Never a moderator's or admin's form.
        const keep = !request.viewer && request.method !== 'GET' && route.access === 'user';
        const refusal = keep ? undefined : await accessRefusal(route.access, request, reply);
        if (refusal) return refusal;
        if (!csrfTokenValid(request)) {
          return render(request, reply, (ctx) => messagePage(ctx, t('chrome.session.csrf_title'), t('chrome.session.csrf')), 403);
        }
        if (keep) return keepPostForLogin(request, reply);
      },
      // A handler that replied itself returns REPLIED (replied.ts), which is no payload for Fastify.
      handler: async (request, reply) => payloadFor(await route.handler(request, reply)),
    });
  }

  server.setNotFoundHandler(async (request, reply) => payloadFor(await inRequestLocale(request, () => render(request, reply, (ctx) => notFoundPage(ctx), 404))));
  server.setErrorHandler(async (error, request, reply) => payloadFor(await inRequestLocale(request, () => answerError(error, request, reply))));
  // After the handlers above: registering loads the queued routes, and a route keeps the error handler set before it.
  await server.register(apiPlugin, { prefix: API_PREFIX });
  return server;
}

/** The one place where errors become status codes and pages. */
async function answerError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<Replied> {
  if (error instanceof NotFound) return render(request, reply, (ctx) => notFoundPage(ctx, error.message), 404);
  if (error instanceof Gone) return render(request, reply, (ctx) => messagePage(ctx, t('chrome.error.deleted'), error.message), 410);
  if (error instanceof LoginRequired) return render(request, reply, (ctx) => registeredOnlyPage(ctx, request.url), 200);
  if (error instanceof ParticipationRefused) return render(request, reply, (ctx) => participationRefusedPage(ctx, error), 403);
  if (error instanceof Forbidden) return render(request, reply, (ctx) => messagePage(ctx, t('chrome.not_allowed'), error.message), 403);
  if (error instanceof TooManyRequests) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return render(request, reply, (ctx) => messagePage(ctx, t('chrome.error.too_many'), error.message), 429);
  }
  if (error instanceof Invalid) return render(request, reply, (ctx) => messagePage(ctx, t('chrome.error.invalid'), Object.values(error.fields).join(' ') || error.message), 422);
  if (databaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return sendUnavailable(request, reply);
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status && status >= 400 && status < 500) return render(request, reply, (ctx) => messagePage(ctx, t('chrome.error.bad_request'), (error as Error).message), status);
  request.log.error({ err: error }, 'request failed');
  return render(request, reply, errorPage, 500);
}

/** The one access check: replies when the viewer may not use a route. */
async function accessRefusal(access: Access, request: FastifyRequest, reply: FastifyReply): Promise<Replied | undefined> {
  if (access === 'anyone') return undefined;
  if (access === 'guest') return request.viewer ? replied(reply.redirect(`/users/${request.viewer.login}`)) : undefined;
  if (!request.viewer) {
    const back = request.method === 'GET' ? request.url : '';
    return redirectWithFlash(reply, `/users/login${back ? `?return_to=${encodeURIComponent(back)}` : ''}`, t('chrome.session.log_in'));
  }
  if (!hasRole(request.viewer, access)) throw new Forbidden();
  return undefined;
}
