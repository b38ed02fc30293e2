/**
 * The OpenAPI 3.1 document of the read API, built from the route table and the very schemas Fastify validates and
 * serializes with. A schema object listed in COMPONENTS is written once under components and referred to by $ref
 * wherever a route's schema holds that same object.
 */
import { COMPONENTS, type Schema } from './schemas.ts';
import { API_PREFIX } from './call.ts';
import { API_LIMITS } from '../../actions/api-limits.ts';
import type { ApiRoute } from './routes.ts';

const names = new Map<unknown, string>(Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]));

/** A schema with every named component below it replaced by a $ref. */
function withRefs(node: unknown, root = true): unknown {
  if (!root && names.has(node)) return { $ref: `#/components/schemas/${names.get(node)}` };
  if (Array.isArray(node)) return node.map((n) => withRefs(n, false));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withRefs(v, false)]));
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const limitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed in the current window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window starts again.', schema: { type: 'integer' } },
};

function parameters(route: ApiRoute): unknown[] {
  const of = (where: 'path' | 'query', schema: Schema | undefined) => Object.entries((schema?.properties ?? {}) as Record<string, Schema>).map(([name, s]) => ({
    name, in: where, required: where === 'path', schema: withRefs(s),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    ...(s.type === 'array' ? { style: 'form', explode: true } : {}),
  }));
  return [...of('path', route.params), ...of('query', route.querystring)];
}

function operation(route: ApiRoute) {
  return {
    operationId: `get${route.url.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: parameters(route),
    security: route.member ? [{ token: [] }] : [{}, { token: [] }],
    responses: {
      200: {
        description: 'OK',
        headers: { ETag: { schema: { type: 'string' } }, ...limitHeaders },
        content: { 'application/json': { schema: withRefs(route.response, false) } },
      },
      304: { description: 'Not modified: the If-None-Match or If-Modified-Since sent still holds.' },
      400: error('A parameter is wrong; `error.param` names it.'),
      401: error('The token is not valid, or this needs one.'),
      404: error('No such thing, or not for this reader.'),
      429: { ...error('Too many requests: wait for Retry-After seconds.'), headers: { 'Retry-After': { schema: { type: 'integer' } }, ...limitHeaders } },
    },
  };
}

/** The document, with this archive's address as its server. */
export function openApiDocument(routes: readonly ApiRoute[], base: string) {
  const paths: Record<string, { get: unknown }> = {};
  for (const route of routes) paths[route.url.replace(/:(\w+)/g, '{$1}')] = { get: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Quire read API',
      version: '1',
      description: `Read-only JSON over the archive's works, tags, people, series, collections, search and comments. Guests may make ${API_LIMITS.ip.limit} requests a minute per address; a personal API token (Authorization: Bearer) ${API_LIMITS.token.limit} a minute, and reads what its member may read. See ${base}/api.`,
    },
    servers: [{ url: `${base}${API_PREFIX}` }],
    tags: [{ name: 'works' }, { name: 'browse' }, { name: 'me', description: 'A token\'s member only.' }, { name: 'meta' }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, schema]) => [name, withRefs(schema)])),
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'A personal API token, made in Settings → API tokens.' } },
    },
  };
}
