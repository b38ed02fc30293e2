/** API handlers for works: the filtered listing, one work, one chapter, a work's comments, and search. */
import { filterWorks, type FilteredWorks, type ListingBase } from '../../actions/filter-works.ts';
import { readWork } from '../../actions/read-work.ts';
import { listWorkComments } from '../../actions/list-comments.ts';
import { searchWorks } from '../../actions/search-works.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';
import { NotFound } from '../../domain/errors.ts';
import { workSummary, workDetail, chapter, comment } from './present.ts';
import type { ApiAnswer, ApiCall } from './call.ts';

/** A filtered listing's page as the API's WorkList. */
export const workList = (call: ApiCall, found: Pick<FilteredWorks, 'blurbs' | 'window' | 'hidden'>) => ({
  works: found.blurbs.map((b) => workSummary(call.base, b)), total: found.window.total, hidden: found.hidden, next: call.next(found.window),
});

/** Any listing the web filters with /works' parameters, within `base`. */
export async function filteredList(call: ApiCall, base: ListingBase = {}): Promise<ApiAnswer> {
  return { body: workList(call, await filterWorks(call.ctx, call.viewer, parseWorkFilter(call.query), base, false)) };
}

/** GET /works */
export const listAllWorks = (call: ApiCall) => filteredList(call);

/** GET /works/:id */
export async function showWork(call: ApiCall): Promise<ApiAnswer> {
  const page = await readWork(call.ctx, call.viewer, Number(call.params.id));
  if (page.chapters.length === 0) throw new NotFound('This work has no chapters yet.');
  return { body: workDetail(call.base, page), lastModified: Math.max(page.work.revisedAt, ...page.chapters.map((c) => c.revisedAt)) };
}

/** GET /works/:id/chapters/:cid */
export async function showChapter(call: ApiCall): Promise<ApiAnswer> {
  const page = await readWork(call.ctx, call.viewer, Number(call.params.id));
  const index = page.chapters.findIndex((c) => c.id === Number(call.params.cid));
  if (index < 0) throw new NotFound('This work has no such chapter.');
  return { body: chapter(call.base, page, index), lastModified: page.chapters[index]!.revisedAt };
}

/**
 * GET /works/:id/comments: published comments only. The web keeps a deleted comment's or a hidden one's place in
 * its thread; the API leaves them out, and the comments of writers the token's member muted with them.
 */
export async function showComments(call: ApiCall): Promise<ApiAnswer> {
  const found = await listWorkComments(call.ctx, call.viewer, { workId: Number(call.params.id), page: call.page });
  const shown = found.threads.filter((s) => s.comment.status === 'published' && s.comment.hiddenAt === null && !s.muted);
  return { body: { comments: shown.map(comment), total: found.window.total, next: call.next(found.window) } };
}

/** GET /search: /works/search's words, fields, filters and sorts. */
export async function search(call: ApiCall): Promise<ApiAnswer> {
  const found = await searchWorks(call.ctx, call.viewer, call.query);
  return { body: { ...workList(call, { blurbs: found.hits.map((h) => h.blurb), window: found.window, hidden: found.hidden }), problems: found.problems } };
}
