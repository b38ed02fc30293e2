/**
 * GET /autocomplete/tag?kind=fandom&term=…&fandom=…: tag suggestions as JSON, for the tag fields' script
 * (assets/tag-autocomplete.js). Bad input is a 400 with a JSON error, never a page. Guests' answers may be cached
 * (they depend only on the URL); members' count registered-only works too, so they stay in the member's browser.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryParam } from '../respond.ts';
import { suggestTagsFor } from '../../actions/suggest-tags.ts';
import { Invalid } from '../../domain/errors.ts';
import { CSRF_COOKIE } from '../middleware/csrf.ts';

/** Whether this response sets no cookie: the browser already held the CSRF cookie the server kept. */
function setsNoCookie(request: FastifyRequest): boolean {
  const sent = /(?:^|;\s*)quire_csrf=([^;]*)/.exec(request.headers.cookie ?? '')?.[1];
  return sent !== undefined && decodeURIComponent(sent) === request.cookies[CSRF_COOKIE];
}

/** The suggestions. */
export async function showTagAutocomplete(request: FastifyRequest, reply: FastifyReply) {
  const input = { kind: queryParam(request, 'kind'), term: queryParam(request, 'term'), fandom: queryParam(request, 'fandom') };
  reply.header('vary', 'Cookie');
  try {
    const suggestions = await suggestTagsFor(request.server.quire.ctx, request.viewer, input);
    const shared = request.viewer === undefined && setsNoCookie(request);
    return reply.header('cache-control', `${shared ? 'public' : 'private'}, max-age=60`).send(suggestions);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return reply.code(400).header('cache-control', 'no-store').send({ error: error.message, fields: error.fields });
  }
}
