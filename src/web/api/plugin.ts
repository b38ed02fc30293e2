/**
 * The read API under /api/v1 as one Fastify plugin, so its hooks, errors and 404s are its own: every answer is JSON,
 * CORS-open for reading, counted against a rate limit, and revalidatable (ETag, Last-Modified). The reader is a
 * personal API token's member or a guest: the API never reads the session cookie, so a page open in a browser
 * cannot be read across sites through it, and guests' answers are the same for everyone (Cache-Control: public).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiTokenHolder } from '../../actions/api-tokens.ts';
import { countApiRequest, type ApiClient } from '../../actions/api-limits.ts';
import { bearerToken } from '../../domain/api-token.ts';
import { TooManyRequests } from '../../domain/errors.ts';
import type { App } from '../app.ts';
import { apiRoutes } from './routes.ts';
import { ErrorBody } from './schemas.ts';
import { apiCall, ApiError, API_PREFIX } from './call.ts';
import { etagOf, notModified } from './http-cache.ts';
import { apiErrorOf } from './errors.ts';

const READ_METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED = 'ETag, Last-Modified, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';

/** Whether a URL is the API's: the rest of the server leaves its cookies alone there. */
export const isApiPath = (url: string): boolean => url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);

// What the plugin registered, per archive: the OpenAPI coverage test compares it with the document.
const registered = new WeakMap<App, { method: string; url: string }[]>();

/** The routes the API plugin registered on this archive's server (method and full address). */
export const registeredApiRoutes = (app: App): readonly { method: string; url: string }[] => registered.get(app) ?? [];

/** onRequest: CORS on every answer (reading only; a token travels in a header, so `*` lends no cookie to anyone). */
async function cors(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED).header('vary', 'Authorization');
}

/** onRequest: who reads (a token's member or a guest), then the rate limit of that reader. */
async function identify(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  request.viewer = undefined;
  if (request.method === 'OPTIONS') return;
  const ctx = request.server.quire.ctx;
  const token = bearerToken(request.headers.authorization);
  let client: ApiClient = { ip: request.ip };
  let refused: string | undefined;
  if (token === 'malformed') refused = 'Send a personal API token as `Authorization: Bearer quire_…` (make one in your settings), or no Authorization header to read as a guest.';
  else if (token !== undefined) {
    const holder = await apiTokenHolder(ctx, token);
    if ('refused' in holder) refused = holder.refused;
    else {
      request.viewer = holder.member;
      client = { tokenId: holder.tokenId };
    }
  }
  // A refused token counts against its address, so guessing tokens is limited like reading as a guest.
  const state = await countApiRequest(ctx, client);
  reply.header('ratelimit-limit', state.limit).header('ratelimit-remaining', state.remaining).header('ratelimit-reset', state.resetSeconds);
  if (!state.allowed) throw new TooManyRequests(state.resetSeconds, `Too many requests: ${state.limit} a minute are allowed ${'tokenId' in client ? 'per token' : 'per address'}. Try again in ${state.resetSeconds} seconds.`);
  if (refused) throw new ApiError(401, 'invalid_token', refused);
}

/** onSend: cache headers, the ETag of what is sent, and 304 when the client's copy is current. */
async function caching(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode !== 200 || typeof payload !== 'string') {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  }
  const etag = etagOf(payload);
  // A member's answers may hold their private bookmarks, registered-only works and drafts: never kept by others.
  reply.header('etag', etag).header('cache-control', request.viewer ? 'private, no-store' : 'public, max-age=60');
  const lastModified = reply.getHeader('last-modified');
  if (!notModified(request.headers as Record<string, string | undefined>, etag, typeof lastModified === 'string' ? lastModified : undefined)) return payload;
  reply.code(304).removeHeader('content-type');
  return '';
}

function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const e = apiErrorOf(error);
  if (e.status >= 500) request.log.error({ err: error }, 'API request failed');
  if (e.status === 401) reply.header('www-authenticate', 'Bearer realm="Quire API"');
  if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(e.status).header('cache-control', 'no-store').send({ error: { code: e.code, message: e.message, param: e.param } });
}

/** The API's routes, hooks and error answers; registered with the prefix /api/v1. */
export async function apiPlugin(server: FastifyInstance): Promise<void> {
  const list: { method: string; url: string }[] = [];
  registered.set(server.quire, list);
  server.addHook('onRoute', (route) => { for (const method of [route.method].flat()) list.push({ method, url: route.url }); });
  server.addHook('onRequest', cors);
  server.addHook('onRequest', identify);
  server.addHook('onSend', caching);
  server.setErrorHandler(answerError);
  server.setNotFoundHandler(async (request, reply) => {
    if (!['GET', 'HEAD'].includes(request.method)) {
      reply.header('allow', READ_METHODS);
      throw new ApiError(405, 'method_not_allowed', 'The API only reads: use GET.');
    }
    throw new ApiError(404, 'not_found', `There is no such API address. The routes are listed in ${API_PREFIX}/openapi.json.`);
  });
  // CORS preflight: browsers ask before sending Authorization or If-None-Match from another site.
  server.route({
    method: 'OPTIONS', url: '/*',
    handler: async (_request, reply) => reply.code(204).header('access-control-allow-methods', READ_METHODS)
      .header('access-control-allow-headers', 'Authorization, If-None-Match, If-Modified-Since').header('access-control-max-age', '86400').send(),
  });
  for (const route of apiRoutes) {
    server.route({
      method: 'GET',
      url: route.url,
      schema: {
        ...(route.params ? { params: route.params } : {}),
        ...(route.querystring ? { querystring: route.querystring } : {}),
        response: { 200: route.response, '4xx': ErrorBody, '5xx': ErrorBody },
      },
      handler: async (request, reply) => {
        const answer = await route.handler(apiCall(request));
        if (answer.lastModified !== undefined) reply.header('last-modified', new Date(answer.lastModified).toUTCString());
        return answer.body;
      },
    });
  }
}
