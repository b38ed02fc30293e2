/**
 * What the OPDS catalog lists. Every list comes from the action behind the matching web page (filterWorks,
 * searchWorks, readSeries, listCollections, the fandom index, listBookmarks, listReadings), so the catalog has no
 * visibility rule of its own: drafts, hidden, deleted and registered-only works (for guests) and the viewer's
 * blocklist stay out exactly as on the web. web/views/opds-feed.ts turns these into feeds.
 */
import { tagNodeByName } from '../storage/tag-graph.ts';
import { emptyFilter, type SortColumn } from '../domain/work-filter.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { NotFound } from '../domain/errors.ts';
import { hasReaderPage } from '../domain/work.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { CollectionSummary } from '../storage/collections.ts';
import { filterWorks, FILTERED_WORKS_PER_PAGE } from './filter-works.ts';
import { searchWorks } from './search-works.ts';
import { readSeries, SERIES_PAGE_SIZE } from './read-series.ts';
import { listCollections, readCollection } from './read-collection.ts';
import { mediaIndex, fandomsOf, type IndexedFandom, type MediaSummary } from './fandom-index.ts';
import { listBookmarks } from './list-bookmarks.ts';
import { listReadings } from './readings.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A page of works for an acquisition feed. */
export interface CatalogWorks {
  title: string;
  blurbs: WorkBlurb[];
  window: PageWindow;
}

/** A page of series for a navigation feed. */
export interface CatalogSeries {
  series: { id: number; title: string }[];
  window: PageWindow;
}

// A download needs a posted chapter, and a draft has no page for readers even when its creator lists it.
const readable = (b: WorkBlurb) => hasReaderPage(b.work);

async function sortedWorks(ctx: Context, viewer: Viewer, sortColumn: SortColumn, page: number, base = {}): Promise<Omit<CatalogWorks, 'title'>> {
  const found = await filterWorks(ctx, viewer, { ...emptyFilter(), sortColumn, sortDirection: 'desc', page }, base, false);
  return { blurbs: found.blurbs.filter(readable), window: found.window };
}

/** The newest works, by date posted. */
export async function newWorks(ctx: Context, viewer: Viewer, page: number): Promise<CatalogWorks> {
  return { title: t('feeds.opds.new'), ...(await sortedWorks(ctx, viewer, 'created_at', page)) };
}

/** The works with the most kudos. */
export async function mostKudos(ctx: Context, viewer: Viewer, page: number): Promise<CatalogWorks> {
  return { title: t('feeds.opds.kudos'), ...(await sortedWorks(ctx, viewer, 'kudos_count', page)) };
}

/** A tag's works (synonyms and sub-tags through the tag filter, as /tags/{name}/works), recently updated first. */
export async function tagWorks(ctx: Context, viewer: Viewer, name: string, page: number): Promise<CatalogWorks> {
  const tag = await tagNodeByName(ctx.db, name);
  if (!tag) throw new NotFound(t('errors.tag.none'));
  return { title: tag.name, ...(await sortedWorks(ctx, viewer, 'revised_at', page, { tagId: tag.id })) };
}

/** A collection's approved works, recently updated first. */
export async function collectionWorks(ctx: Context, viewer: Viewer, name: string, page: number): Promise<CatalogWorks> {
  const { collection } = await readCollection(ctx, viewer, name);
  return { title: collection.title, ...(await sortedWorks(ctx, viewer, 'revised_at', page, { collectionId: collection.id })) };
}

/** A series' works in their order. */
export async function seriesWorks(ctx: Context, viewer: Viewer, id: number, page: number): Promise<CatalogWorks> {
  const series = await readSeries(ctx, viewer, id, String(page));
  const total = series.pages > 1 ? series.workCount - series.hidden : series.blurbs.length;
  return { title: series.title, blurbs: series.blurbs.filter(readable), window: pageWindow(series.page, total, SERIES_PAGE_SIZE) };
}

/** A search's matches (the `q` box and `page` of /works/search), best match first. */
export async function searchCatalog(ctx: Context, viewer: Viewer, q: string, page: number): Promise<CatalogWorks & { problems: string[] }> {
  const found = await searchWorks(ctx, viewer, new URLSearchParams({ q, page: String(page) }));
  return { title: t('listing.search.titled', { label: q }), blurbs: found.hits.map((h) => h.blurb).filter(readable), window: found.window, problems: found.problems };
}

/** The member's own bookmarks, newest first (their private ones too, as on their bookmarks page). */
export async function bookmarkedWorks(ctx: Context, member: Account, page: number): Promise<CatalogWorks> {
  const { entries } = await listBookmarks(ctx, member, member.login);
  // The catalog lists works only: series bookmarks stay on the web page.
  const ids = entries.flatMap((e) => (e.kind === 'work' && e.work.visibility !== 'draft' ? [e.work.id] : []));
  const window = pageWindow(page, ids.length, FILTERED_WORKS_PER_PAGE);
  const blurbs = await listWorks(ctx, member, ids.slice(window.offset, window.offset + window.perPage));
  return { title: t('feeds.opds.bookmarks'), blurbs: blurbs.filter(readable), window };
}

/** The member's Marked for Later list, last marked first. */
export async function markedForLater(ctx: Context, member: Account, page: number): Promise<CatalogWorks> {
  const list = await listReadings(ctx, member, member.login, { page: String(page), show: 'to-read' });
  const blurbs = list.entries.flatMap((e) => (e.blurb && readable(e.blurb) ? [e.blurb] : []));
  return { title: t('reader.readings.marked'), blurbs, window: list.window };
}

/** Media types that have fandoms with works the viewer may see. */
export async function catalogMedia(ctx: Context, viewer: Viewer): Promise<MediaSummary[]> {
  return (await mediaIndex(ctx, viewer, 1)).filter((m) => m.top.length > 0);
}

/** A media type's fandoms with works the viewer may see. */
export async function catalogFandoms(ctx: Context, viewer: Viewer, media: string): Promise<IndexedFandom[]> {
  return (await fandomsOf(ctx, viewer, media)).filter((f) => f.works > 0);
}

/** A page of the collection index. */
export async function catalogCollections(ctx: Context, viewer: Viewer, page: number): Promise<{ collections: CollectionSummary[]; window: PageWindow }> {
  const list = await listCollections(ctx, viewer, page);
  return { collections: list.collections.filter((c) => c.works > 0), window: list.window };
}

/**
 * Series by their recently updated works: the archive has no series index of its own, so a page of this list is
 * the series of a page of the recently updated works (the same listing and rules), each series once.
 */
export async function catalogSeries(ctx: Context, viewer: Viewer, page: number): Promise<CatalogSeries> {
  const found = await filterWorks(ctx, viewer, { ...emptyFilter(), page }, {}, false);
  const series = new Map<number, string>();
  for (const b of found.blurbs) for (const s of b.series) if (!series.has(s.seriesId)) series.set(s.seriesId, s.title);
  return { series: [...series].map(([id, title]) => ({ id, title })), window: found.window };
}
