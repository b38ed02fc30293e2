/** POST /autosave (the autosave script stores a copy of an open form) and POST /autosave/discard. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, safeReturnPath } from '../respond.ts';
import { saveAutosave, clearAutosave, formFieldsOf, isAutosaveKey } from '../../actions/autosave.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** Fields of the autosave request itself, not of the author's form. */
const NOT_FORM_FIELDS = ['authenticity_token', 'autosave_key', 'commit'];

/** Stores the copy; answers JSON (`savedAt`, or `error` with 413 when too large) for the status line. */
export async function saveAutosaveCopy(request: FastifyRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
  try {
    const key = formField(request, 'autosave_key');
    const { savedAt } = await saveAutosave(request.server.quire.ctx, request.viewer, { key, fields: formFieldsOf(request.body, NOT_FORM_FIELDS) });
    return reply.send({ savedAt });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return reply.code(error.fields.payload ? 413 : 422).send({ error: error.message });
  }
}

/** Forgets the copy and goes back to the (now empty) form. Works without JavaScript. */
export async function discardAutosave(request: FastifyRequest, reply: FastifyReply) {
  const key = formField(request, 'key');
  if (isAutosaveKey(key)) await clearAutosave(request.server.quire.ctx, request.viewer!.id, key);
  return redirectWithFlash(reply, safeReturnPath(formField(request, 'return_to')), t('chrome.autosave.discarded'));
}
