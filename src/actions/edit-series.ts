/**
 * Editing a series: its title, description, notes and complete switch, the order of its works and taking works out.
 * A series belongs to the creators of its works (AO3's rule), so any of them may edit it; anyone else is refused
 * (404 when they cannot see the series at all, 403 when they can). The form lists only the works the editor may
 * see: a co-owner's draft keeps its place unseen.
 */
import { seriesById, seriesOwnerIds, updateSeries, setSeriesOrder, removeFromSeries, type SeriesRecord } from '../storage/series.ts';
import { worksByIds, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { canOpenHidden } from '../domain/moderation.ts';
import { hasReaderPage } from '../domain/work.ts';
import { seriesProblems, orderByPositions, mergeOrder, moveOne, type SeriesInput } from '../domain/series.ts';
import { assertValid, Forbidden, NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** One work on the series form. */
export interface SeriesWorkRow {
  work: WorkRecord;
  creators: CreatorRef[];
  /** Its place in the whole series (1 = first). */
  position: number;
}

/** A series its viewer may edit, with the works they may see in order. */
export interface SeriesForEdit {
  series: SeriesRecord;
  works: SeriesWorkRow[];
  account: Account;
}

/** Loads a series for its edit form; throws NotFound or Forbidden as the module comment says. */
export async function loadSeriesForEdit(ctx: Context, viewer: Viewer, seriesId: number): Promise<SeriesForEdit> {
  const series = Number.isSafeInteger(seriesId) ? await seriesById(ctx.db, seriesId) : undefined;
  if (!series) throw new NotFound(t('errors.no_series'));
  const [owners, works, creators] = await Promise.all([seriesOwnerIds(ctx.db, series.id), worksByIds(ctx.db, series.workIds), creatorsOfWorks(ctx.db, series.workIds)]);
  const byId = new Map(works.map((w) => [w.id, w]));
  const rows: SeriesWorkRow[] = [];
  for (const [i, id] of series.workIds.entries()) {
    const work = byId.get(id);
    if (!work) continue;
    const byline = (creators.get(id) ?? []).filter((c) => c.status !== 'invited');
    const access = { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: byline.map((c) => c.userId) };
    if (workVisibilityFor(viewer, access) === 'visible') rows.push({ work, creators: byline, position: i + 1 });
  }
  if (!viewer || !owners.includes(viewer.id)) {
    const seen = canOpenHidden(viewer, { hiddenAt: series.hiddenAt, ownerId: series.createdBy }) && rows.some((r) => hasReaderPage(r.work));
    if (!seen) throw new NotFound(t('errors.no_series'));
    throw new Forbidden(t('errors.series.not_creator'));
  }
  return { series, works: rows, account: viewer };
}

/** Saves the series form; throws Invalid (with each field's problem), NotFound or Forbidden. */
export async function editSeries(ctx: Context, viewer: Viewer, seriesId: number, input: SeriesInput): Promise<void> {
  const { series, works } = await loadSeriesForEdit(ctx, viewer, seriesId);
  const errors = seriesProblems(input);
  const listed = works.map((r) => r.work.id);
  const typed = orderByPositions(listed, input.positions, errors);
  const order = input.move ? moveOne(typed, input.move.workId, input.move.by) : typed;
  assertValid(errors);
  const removed = new Set(input.remove.filter((id) => listed.includes(id)));
  const [summary, notes] = await ctx.texts.render([{ source: input.summary, format: 'html' }, { source: input.notes, format: 'html' }], { field: 'notes' });
  await ctx.db.transaction(async (tx) => {
    await updateSeries(tx, series.id, { title: input.title.trim(), summaryHtml: summary!.html, notesHtml: notes!.html, complete: input.complete }, ctx.now());
    for (const id of removed) await removeFromSeries(tx, series.id, id);
    const kept = (list: readonly number[]) => list.filter((id) => !removed.has(id));
    await setSeriesOrder(tx, series.id, mergeOrder(kept(series.workIds), kept(order)));
  });
}
