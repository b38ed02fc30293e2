/**
 * Any filtered work listing (all works, a tag's works, an author's works): resolves the filter's tags through the
 * tag graph and the viewer's blocklist to ids in SQL, then takes the page, the exact total and the sidebar's facet
 * counts from the in-memory listing index (src/listing-index/), brought up to date with committed writes first.
 */
import { matchingTagIds, matchingTagIdsEach, tagNodesByIds, tagNodeByName, type TagNode } from '../storage/tag-graph.ts';
import { pageOfFilteredWorks, countBlockedWorks, type ResolvedFilter } from '../storage/work-filter.ts';
import { facetCounts } from '../storage/work-facets.ts';
import { blockedClause, blockedIds } from '../storage/blocklist.ts';
import { runListingQuery } from '../listing-index/query.ts';
import { answerKey, keptAnswer } from '../listing-index/answer-memo.ts';
import type { Facet } from '../listing-index/facets.ts';
import { filterQuery, FACETS_LOADED, type WorkFilter } from '../domain/work-filter.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import type { TagKind } from '../domain/tag-list.ts';
import type { Queryable } from '../storage/db.ts';
import type { MemberStanding } from '../storage/member-standing.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import type { Context } from './context.ts';

/** Works per page of a filtered listing (AO3's). */
export const FILTERED_WORKS_PER_PAGE = 20;

/** What a listing narrows to before the reader's filter: a tag's works or an author's works. */
export interface ListingBase {
  tagId?: number;
  creatorId?: number;
  /** A collection's approved works. */
  collectionId?: number;
  /** Only the author's drafts (with `creatorId`; the author alone sees them). */
  draftsOnly?: boolean;
  /** Only the works `creatorId` posted as this pseud. */
  pseud?: { id: number; isDefault: boolean };
}

/** One page of a filtered listing. */
export interface FilteredWorks {
  blurbs: WorkBlurb[];
  window: PageWindow;
  facets: Map<TagKind, Facet[]>;
  filter: WorkFilter;
  /** The filter's canonical query string (no page), for pagination links. */
  query: string;
  /** The tags the filter names by id, so the sidebar can show them even when not among the facets. */
  chosen: Map<number, TagNode>;
  /** Works the filter would show but the viewer's blocklist hides (exact; 0 for guests). */
  hidden: number;
}

async function groupsFor(db: Queryable, ids: readonly number[], names: readonly string[], byId: Map<number, number[]>): Promise<number[][]> {
  const groups: number[][] = ids.map((id) => byId.get(id) ?? []);
  for (const name of names) {
    const tag = await tagNodeByName(db, name);
    groups.push(tag ? await matchingTagIds(db, tag.id) : []);
  }
  return groups;
}

const dayStart = (d: string) => (d ? Date.parse(`${d}T00:00:00Z`) : null);
const dayEnd = (d: string) => (d ? Date.parse(`${d}T23:59:59.999Z`) : null);

/** The filter with every tag resolved and the viewer's visibility and blocklist applied. */
export async function resolveFilter(db: Queryable, viewer: Viewer, filter: WorkFilter, base: ListingBase): Promise<ResolvedFilter> {
  // Every tag named by id is resolved in one query: each was a round trip, and on PostgreSQL they added up.
  const byId = await matchingTagIdsEach(db, [...filter.includeIds, ...filter.excludeIds, ...(base.tagId === undefined ? [] : [base.tagId])]);
  const include = await groupsFor(db, filter.includeIds, filter.includeNames, byId);
  if (base.tagId !== undefined) include.unshift(byId.get(base.tagId) ?? []);
  const exclude = (await groupsFor(db, filter.excludeIds, filter.excludeNames, byId)).flat();
  const blocked = await blockedIds(db, viewer?.id);
  return {
    scope: listingScope(viewer, base.creatorId, base.draftsOnly),
    includeGroups: include,
    excludeIds: [...new Set(exclude)],
    creatorId: base.creatorId,
    collectionId: base.collectionId,
    pseud: base.pseud,
    complete: filter.complete,
    crossover: filter.crossover,
    singleChapter: filter.singleChapter,
    wordsFrom: filter.wordsFrom,
    wordsTo: filter.wordsTo,
    updatedFrom: dayStart(filter.dateFrom),
    updatedTo: dayEnd(filter.dateTo),
    language: filter.language,
    sortColumn: filter.sortColumn,
    sortDirection: filter.sortDirection,
    blockedTagIds: blocked.tagIds,
    blockedUserIds: blocked.userIds,
    blocked: blockedClause(blocked),
  };
}

/**
 * Whether a member's listings are every plain member's: nothing on their blocklist to take works out, and no default
 * filter to narrow /works (members' listing templates are shared on that condition, web/member-listing-pages.ts).
 */
export const listsAsAnyMember = (standing: Pick<MemberStanding, 'blocking' | 'defaultFilter'>): boolean => !standing.blocking && standing.defaultFilter === '';

/** One page of the works matching `filter` within `base` that the viewer may see. */
export async function filterWorks(ctx: Context, viewer: Viewer, filter: WorkFilter, base: ListingBase = {}, withFacets = true): Promise<FilteredWorks> {
  const perPage = FILTERED_WORKS_PER_PAGE;
  // The index knows authors by account, not pseud: a pseud's works take the SQL path (one author's works are few).
  const fromIndex = base.collectionId === undefined && base.pseud === undefined;
  // Collection listings do not use the index, so they never wait for it (its first load takes ~30 s at 1M works).
  const [resolved, index] = await Promise.all([resolveFilter(ctx.db, viewer, filter, base), fromIndex ? ctx.listing.current() : undefined]);
  const first = pageWindow(filter.page, Number.MAX_SAFE_INTEGER, perPage);
  const slice = { offset: first.offset, limit: perPage, facetsPerKind: withFacets ? FACETS_LOADED : 0 };
  const found = index
    ? keptAnswer(index, ctx.listing.generation, answerKey(resolved, slice), () => runListingQuery(index, resolved, slice))
    : await collectionListing(ctx, resolved, first.offset, perPage, withFacets);
  const window = pageWindow(filter.page, found.total, perPage);
  // A page past the end shows the last page rather than an empty list; the pass kept every work up to it.
  const ids = window.offset === first.offset ? found.ids : found.head.slice(window.offset, window.offset + perPage);
  const facets = found.facets;
  const chosen = await tagNodesByIds(ctx.db, [...filter.includeIds, ...filter.excludeIds]);
  const query = filterQuery(filter, (id) => chosen.get(id)?.kind ?? 'freeform');
  return { blurbs: await listWorks(ctx, viewer, ids), window, facets, filter, query, chosen, hidden: found.hidden };
}

/**
 * A collection's listing through the SQL reference path: the in-memory index has no collection postings yet.
 * It answers in the index's shape (`head` holds every id up to the page, so a page past the end is served too).
 */
async function collectionListing(ctx: Context, resolved: ResolvedFilter, offset: number, limit: number, withFacets: boolean) {
  const [page, facets, hidden] = await Promise.all([
    pageOfFilteredWorks(ctx.db, resolved, offset + limit, 0),
    withFacets ? facetCounts(ctx.db, resolved, FACETS_LOADED) : new Map<TagKind, Facet[]>(),
    countBlockedWorks(ctx.db, resolved),
  ]);
  return { ids: page.ids.slice(offset, offset + limit), total: page.total, facets, head: page.ids, hidden };
}
