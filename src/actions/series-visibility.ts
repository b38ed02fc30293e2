/**
 * What of a series a viewer may see: the works shown (never drafts or works with nothing posted; restricted works
 * left out for guests, as AO3 does), and a series' summary for listings (bookmarks). A series hidden by moderators,
 * or with no work the viewer may see, is not shown at all: its title must not leak through any listing.
 */
import { seriesById, type SeriesRecord } from '../storage/series.ts';
import { worksByIds, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { canOpenHidden } from '../domain/moderation.ts';
import { hasReaderPage } from '../domain/work.ts';
import type { Context } from './context.ts';

/** The works of a series the viewer may see, in order, with their bylines (accepted creators only). */
export async function visibleSeriesWorks(ctx: Context, viewer: Viewer, series: SeriesRecord): Promise<{ works: WorkRecord[]; byline: (workId: number) => CreatorRef[] }> {
  const [works, creators] = await Promise.all([worksByIds(ctx.db, series.workIds), creatorsOfWorks(ctx.db, series.workIds)]);
  const byline = (id: number) => (creators.get(id) ?? []).filter((c) => c.status !== 'invited');
  const visible = works.filter((work) => hasReaderPage(work)
    && workVisibilityFor(viewer, { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: byline(work.id).map((c) => c.userId) }) === 'visible');
  return { works: visible, byline };
}

/** The creators of these works, each once, in order. */
export function creatorsOf(works: readonly WorkRecord[], byline: (workId: number) => CreatorRef[]): CreatorRef[] {
  const out = new Map<number, CreatorRef>();
  for (const work of works) for (const c of byline(work.id)) if (!out.has(c.userId)) out.set(c.userId, c);
  return [...out.values()];
}

/** A series as a listing shows it (what the viewer may see of it). */
export interface SeriesSummary {
  id: number;
  title: string;
  summaryHtml: string;
  complete: boolean;
  creators: CreatorRef[];
  words: number;
  workCount: number;
  updated: number;
  /** The works shown, so a blocklist can be checked against them. */
  workIds: number[];
}

/** The series of `ids` the viewer may see, summarised; the others are left out. */
export async function visibleSeriesSummaries(ctx: Context, viewer: Viewer, ids: readonly number[]): Promise<Map<number, SeriesSummary>> {
  const out = new Map<number, SeriesSummary>();
  for (const id of new Set(ids)) {
    const series = await seriesById(ctx.db, id);
    if (!series || !canOpenHidden(viewer, { hiddenAt: series.hiddenAt, ownerId: series.createdBy })) continue;
    const { works, byline } = await visibleSeriesWorks(ctx, viewer, series);
    if (works.length === 0) continue;
    out.set(id, {
      id, title: series.title, summaryHtml: series.summaryHtml, complete: series.complete, creators: creatorsOf(works, byline),
      words: works.reduce((n, w) => n + w.wordCount, 0), workCount: works.length,
      updated: Math.max(...works.map((w) => w.updatedAt ?? w.publishedAt ?? w.createdAt)), workIds: works.map((w) => w.id),
    });
  }
  return out;
}
