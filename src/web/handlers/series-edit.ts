/** GET /series/:id/edit and POST /series/:id/edit: the series form of its creators. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, formList, redirectWithFlash } from '../respond.ts';
import { seriesEditPage } from '../views/series-edit.ts';
import { loadSeriesForEdit, editSeries } from '../../actions/edit-series.ts';
import { Invalid } from '../../domain/errors.ts';
import type { SeriesInput } from '../../domain/series.ts';
import { seriesPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type SeriesRequest = FastifyRequest<{ Params: { id: string } }>;

/** The form filled from the series as stored. */
export async function showEditSeries(request: SeriesRequest, reply: FastifyReply) {
  const edit = await loadSeriesForEdit(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const s = edit.series;
  const values = { title: s.title, summary: s.summaryHtml, notes: s.notesHtml, complete: s.complete ? '1' : '' };
  return render(request, reply, (ctx) => seriesEditPage(ctx, { edit, form: { values, errors: {} }, positions: new Map(), remove: new Set() }));
}

/** The form's fields: positions are `position[{workId}]`, ticked works `remove[]`, an arrow `move` = "{workId}:up|down". */
function readSeriesForm(request: SeriesRequest): SeriesInput {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const positions = new Map<number, string>();
  for (const key of Object.keys(body)) {
    const m = /^position\[(\d{1,15})\]$/.exec(key);
    if (m) positions.set(Number(m[1]), formField(request, key));
  }
  const move = /^(\d{1,15}):(up|down)$/.exec(formField(request, 'move'));
  return {
    title: formField(request, 'series[title]'), summary: formField(request, 'series[summary]'), notes: formField(request, 'series[notes]'),
    complete: formField(request, 'series[complete]') === '1', positions,
    remove: formList(request, 'remove[]').filter((v) => /^\d{1,15}$/.test(v)).map(Number),
    move: move ? { workId: Number(move[1]), by: move[2] === 'up' ? -1 : 1 } : undefined,
  };
}

/** Saves the form; an arrow button saves and comes back to the form; a failure shows it again as typed. */
export async function saveSeries(request: SeriesRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const id = Number(request.params.id);
  const input = readSeriesForm(request);
  try {
    await editSeries(ctx, request.viewer, id, input);
    if (input.move) return redirectWithFlash(reply, `${seriesPath(id)}/edit`, t('posting.flash.series_moved'));
    return redirectWithFlash(reply, seriesPath(id), t('posting.flash.series_saved'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const edit = await loadSeriesForEdit(ctx, request.viewer, id);
    const values = { title: input.title, summary: input.summary, notes: input.notes, complete: input.complete ? '1' : '' };
    const form = { values, errors: error.fields, message: t('posting.flash.series_invalid') };
    return render(request, reply, (c) => seriesEditPage(c, { edit, form, positions: input.positions, remove: new Set(input.remove) }), 422);
  }
}
