/**
 * Work blurbs for any listing: given work ids in display order, loads what each blurb shows with one query per
 * relation (works, creators, tags, series), never one per work, and drops works the viewer may not see.
 */
import { worksByIds, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import { tagsOfWorks, byKind, type TagRef } from '../storage/tags.ts';
import { seriesOfWorks, type SeriesPlace } from '../storage/series.ts';
import { workVisibilityFor, isCreatorOf, type Viewer } from '../domain/permissions.ts';
import type { TagKind } from '../domain/tag-list.ts';
import type { Context } from './context.ts';
import { marksAmong } from '../storage/readings.ts';

/** What one blurb shows. */
export interface WorkBlurb {
  work: WorkRecord;
  /** The byline: owner and accepted co-creators, in order. */
  creators: CreatorRef[];
  tags: Record<TagKind, TagRef[]>;
  series: SeriesPlace[];
  /** For a member who keeps a history, whether they marked it for later (undefined: no button, e.g. their own work). */
  marked?: boolean;
}

/** What a listed work's Mark for Later button needs besides the member's marks. */
export interface MarkFacts {
  workId: number;
  title: string;
  visibility: WorkRecord['visibility'];
  creatorIds: number[];
}

/** Whether a member's blurb shows the work as marked for later; undefined: no button (history off, their own work, a draft). */
export function markedState(viewer: Viewer, marks: { historyEnabled: boolean; marked: Set<number> }, work: MarkFacts): boolean | undefined {
  const access = { visibility: work.visibility, deleted: false, removal: null, creatorIds: work.creatorIds };
  return marks.historyEnabled && !isCreatorOf(viewer, access) && work.visibility !== 'draft' ? marks.marked.has(work.workId) : undefined;
}

/** Blurbs of the works with these ids that the viewer may see, in the order given. */
export async function listWorks(ctx: Context, viewer: Viewer, ids: readonly number[]): Promise<WorkBlurb[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const [works, creators, tags, series, marks] = await Promise.all([
    worksByIds(ctx.db, unique),
    creatorsOfWorks(ctx.db, unique),
    tagsOfWorks(ctx.db, unique),
    seriesOfWorks(ctx.db, unique),
    viewer ? marksAmong(ctx.db, viewer.id, unique) : undefined,
  ]);
  const out: WorkBlurb[] = [];
  for (const work of works) {
    const byline = (creators.get(work.id) ?? []).filter((c) => c.status !== 'invited');
    const access = { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: byline.map((c) => c.userId) };
    if (workVisibilityFor(viewer, access) !== 'visible') continue;
    // A work with nothing posted yet has no page for readers; its creators still find it in their lists.
    if (work.chapterCount === 0 && !isCreatorOf(viewer, access)) continue;
    const marked = marks && markedState(viewer, marks, { workId: work.id, title: work.title, ...access });
    out.push({ work, creators: byline, tags: byKind(tags.get(work.id) ?? []), series: series.get(work.id) ?? [], marked });
  }
  return out;
}
