/** GET/POST /admin/works/:id/tags: staff change a work's rating, warnings or tags with a note. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, formList, redirectWithFlash } from '../respond.ts';
import { retagWorkPage } from '../views/retag-work.ts';
import { currentWorkTags, retagWork } from '../../actions/retag-work.ts';
import { loadTaxonomy } from '../../actions/taxonomy.ts';
import { Invalid, type FieldErrors } from '../../domain/errors.ts';
import { parseTagList, FREE_TAG_KINDS } from '../../domain/tag-list.ts';
import type { WorkTagInput } from '../../domain/work.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

async function page(request: WorkRequest, reply: FastifyReply, tags: WorkTagInput | undefined, note: string, errors: FieldErrors, status = 200) {
  const ctx = request.server.quire.ctx;
  const current = await currentWorkTags(ctx, request.viewer, Number(request.params.id));
  const taxonomy = await loadTaxonomy(ctx.db);
  return render(request, reply, (pc) => retagWorkPage(pc, { workId: Number(request.params.id), title: current.title, tags: tags ?? current.tags, note, taxonomy, errors }), status);
}

/** The form, filled with the work's tags. */
export function showRetagWork(request: WorkRequest, reply: FastifyReply) {
  return page(request, reply, undefined, '', {});
}

/** Saves; a problem shows the form again with everything typed. */
export async function saveRetagWork(request: WorkRequest, reply: FastifyReply) {
  const tags: WorkTagInput = {
    rating: formField(request, 'rating'), warnings: formList(request, 'warnings'), categories: formList(request, 'categories'),
    tags: Object.fromEntries(FREE_TAG_KINDS.map((k) => [k, parseTagList(formField(request, k))])) as WorkTagInput['tags'],
  };
  const note = formField(request, 'note');
  try {
    await retagWork(request.server.quire.ctx, request.viewer, Number(request.params.id), tags, note);
    return redirectWithFlash(reply, `/works/${request.params.id}`, t('moderation.flash.retagged'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, tags, note, error.fields, 422);
  }
}
