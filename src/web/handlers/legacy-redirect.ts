/** GET of eFiction's old scripts (route-tables/legacy.ts): moved for good (301) to the imported pages. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { legacyTarget } from '../../actions/legacy-links.ts';
import { NotFound } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** Redirects an old eFiction URL, or 404 when what it named was not imported. */
export async function redirectLegacy(request: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply: FastifyReply) {
  const script = /^\/([\w/]+)\.php/.exec(request.url)?.[1] ?? '';
  const target = await legacyTarget(request.server.quire.ctx, script, request.query ?? {});
  if (!target) throw new NotFound(t('site.legacy.nothing'));
  return reply.redirect(target, 301);
}
