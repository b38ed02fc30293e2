/** GET /works/:id/edit, POST /works/:id (save the edit), POST /works/:id/publish (post a draft). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { workFormPage } from '../views/work-form.ts';
import { readWorkValues, toWorkInput } from '../forms/work-form.ts';
import { workFormValuesOf } from '../forms/work-edit-values.ts';
import { autosaveOffer, restoredForm } from '../forms/autosave.ts';
import { autosaveNotice } from '../views/autosave-notice.ts';
import { loadWorkForEdit, editWork } from '../../actions/edit-work.ts';
import { publishDraft } from '../../actions/publish-draft.ts';
import { clearAutosave } from '../../actions/autosave.ts';
import { loadTaxonomy } from '../../actions/taxonomy.ts';
import { Invalid } from '../../domain/errors.ts';
import { workPath } from '../urls.ts';
import { formTimeZone, postedTimeZone, withZoneNotice } from '../forms/time-zone.ts';
import { pseudChoice, postedPseud } from '../forms/pseud-choice.ts';
import { creditedPseud } from '../../actions/pseuds.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** The edit form's autosave key (views/work-form.ts). */
const formKey = (id: number) => `work:${id}`;

/** The work form filled with the work as stored (or with its autosaved copy on `?restore=1`). */
export async function showEditWork(request: WorkRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const edit = await loadWorkForEdit(app.ctx, request.viewer, Number(request.params.id));
  const offer = await autosaveOffer(request, formKey(edit.work.id), edit.work.revisedAt);
  const values = offer?.restored ? readWorkValues(restoredForm(offer)) : workFormValuesOf(edit);
  const taxonomy = await loadTaxonomy(app.db);
  const creator = await pseudChoice(app.ctx, request.viewer, await creditedPseud(app.ctx, request.viewer, edit.work.id));
  const zone = await formTimeZone(request);
  return render(request, reply, (ctx) => workFormPage(ctx, { workId: edit.work.id, isDraft: edit.work.visibility === 'draft', values, errors: {}, taxonomy, creator, zone, notice: autosaveNotice(ctx, offer) }));
}

/** Saves the edit (and posts a draft when its Post button was pressed); a failure shows the form again as typed. */
export async function saveWork(request: WorkRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const id = Number(request.params.id);
  const values = readWorkValues(request);
  const commit = formField(request, 'commit') === 'draft' ? 'draft' : 'post';
  const pseudId = postedPseud(request, 'work');
  const zone = await postedTimeZone(request);
  try {
    const { posted } = await editWork(app.ctx, request.viewer, id, { work: toWorkInput(values), commit, pseudId, timeZone: zone.zone });
    await clearAutosave(app.ctx, request.viewer!.id, formKey(id));
    return redirectWithFlash(reply, workPath(id), withZoneNotice(t(posted ? 'posting.flash.posted' : 'posting.flash.saved'), zone));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const [edit, taxonomy] = await Promise.all([loadWorkForEdit(app.ctx, request.viewer, id), loadTaxonomy(app.db)]);
    const message = withZoneNotice(error.fields.chapters ?? t('posting.flash.changes_invalid'), zone);
    const creator = await pseudChoice(app.ctx, request.viewer, pseudId);
    return render(request, reply, (ctx) => workFormPage(ctx, { workId: id, isDraft: edit.work.visibility === 'draft', values, errors: error.fields, taxonomy, creator, zone, message }), 422);
  }
}

/** Posts a draft from its page, to the readers chosen when it was saved. */
export async function publishWork(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  const { posted } = await publishDraft(request.server.quire.ctx, request.viewer, id);
  return redirectWithFlash(reply, workPath(id), t(posted ? 'posting.flash.posted' : 'posting.flash.already_posted'));
}
