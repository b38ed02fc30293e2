/** GET /tags/unwrangled (the wranglers' worklist) and POST /tags/unwrangled (one change to the chosen tags). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, formList, queryParam, redirectWithFlash } from '../respond.ts';
import { unwrangledPage, emptyBulkForm, worklistQuery, type BulkFormState } from '../views/tags-unwrangled.ts';
import { wranglingWorklist, type WorklistQuery } from '../../actions/wrangling-worklist.ts';
import { wrangleMany, type BulkAction } from '../../actions/wrangle-bulk.ts';
import { parseId } from '../../domain/ids.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

const DONE: Record<BulkAction, string> = { canonical: 'made canonical', synonym: 'made synonyms', parent: 'made canonical and given their parent', media: 'filed under their media' };

/** The worklist page. */
export async function showUnwrangled(request: FastifyRequest, reply: FastifyReply) {
  const q: WorklistQuery = { kind: queryParam(request, 'kind'), fandom: queryParam(request, 'fandom'), page: queryParam(request, 'page') };
  const list = await wranglingWorklist(request.server.quire.ctx, request.viewer, q);
  return render(request, reply, (ctx) => unwrangledPage(ctx, list, emptyBulkForm()));
}

/** Applies the bulk change; the list comes back with what changed, what was refused and why. */
export async function saveUnwrangled(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const q: WorklistQuery = { kind: formField(request, 'kind'), fandom: formField(request, 'fandom'), page: formField(request, 'page') };
  const sent = formList(request, 'tag_ids[]');
  const tagIds = sent.flatMap((s) => parseId(s) ?? []);
  const form: BulkFormState = {
    action: formField(request, 'bulk[action]'), target: formField(request, 'bulk[target]'), media: formField(request, 'bulk[media]'),
    checked: new Set(tagIds), errors: {},
  };
  try {
    if (tagIds.length !== sent.length) throw new Invalid({ tag_ids: t('wrangling.bulk.choose_tags') });
    form.result = await wrangleMany(ctx, request.viewer, { action: form.action, tagIds, target: form.target, media: form.media });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    form.errors = error.fields;
    const list = await wranglingWorklist(ctx, request.viewer, q);
    return render(request, reply, (c) => unwrangledPage(c, list, form), 422);
  }
  const list = await wranglingWorklist(ctx, request.viewer, q);
  if (form.result.refused.length === 0) {
    const n = form.result.changed.length;
    return redirectWithFlash(reply, `/tags/unwrangled?${worklistQuery(list)}&page=${list.window.page}`, `${n} ${n === 1 ? 'tag' : 'tags'} ${DONE[form.action as BulkAction]}.`);
  }
  // Some were refused: the page says which and why, with those still chosen.
  form.checked = new Set(form.result.refused.flatMap((r) => list.tags.filter((t) => t.name === r.name).map((t) => t.id)));
  return render(request, reply, (c) => unwrangledPage(c, list, form), form.result.changed.length ? 200 : 422);
}
