/** GET /admin/fandoms and POST /admin/fandoms/:id/disclaimer: admins write fandom disclaimers. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { adminFandomsPage } from '../views/admin-fandoms.ts';
import { findFandoms, setFandomDisclaimer } from '../../actions/fandom-disclaimer.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** Fandoms found by name prefix, each with its disclaimer form. */
export async function showFandomDisclaimers(request: FastifyRequest, reply: FastifyReply) {
  const q = queryParam(request, 'q');
  const fandoms = await findFandoms(request.server.quire.ctx, request.viewer, q);
  return render(request, reply, (ctx) => adminFandomsPage(ctx, q, fandoms));
}

/** Saves one fandom's disclaimer and returns to the list it came from. */
export async function saveFandomDisclaimer(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const q = formField(request, 'q');
  const text = formField(request, 'disclaimer');
  const id = Number(request.params.id);
  try {
    const tag = await setFandomDisclaimer(request.server.quire.ctx, request.viewer, id, text);
    return redirectWithFlash(reply, `/admin/fandoms?q=${encodeURIComponent(q || tag.name)}`, t(text.trim() ? 'admin.flash.disclaimer_saved' : 'admin.flash.disclaimer_removed', { fandom: tag.name }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const fandoms = await findFandoms(request.server.quire.ctx, request.viewer, q);
    return render(request, reply, (ctx) => adminFandomsPage(ctx, q, fandoms, { id, error: error.fields.disclaimer ?? error.message, kept: text }), 422);
  }
}
