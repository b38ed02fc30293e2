/**
 * What the Atom feeds list: a creator's works, a series, a tag's works (through the tag filter, so synonyms and
 * sub-tags count), a search, a work's chapters. Each loads what its HTML page shows (same visibility rules;
 * drafts never); web/views/atom-feed.ts turns it into entries.
 */
import { userByLogin } from '../storage/users.ts';
import { tagNodeByName } from '../storage/tag-graph.ts';
import { emptyFilter, parseWorkFilter } from '../domain/work-filter.ts';
import { NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { WorkBlurb } from './list-works.ts';
import { filterWorks } from './filter-works.ts';
import { readSeries } from './read-series.ts';
import { readWork, type WorkPage } from './read-work.ts';
import { searchWorks } from './search-works.ts';
import { searchLabel } from '../domain/work-search.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A feed's content and where it lives (root-relative paths of the feed and of its HTML page). */
export type FeedSource = { path: string; pagePath: string; title: string } & (
  | { kind: 'works'; blurbs: WorkBlurb[]; ranked?: boolean }
  | { kind: 'chapters'; page: WorkPage }
);

const PAGE_SIZE = 20;
const sansPage = (params: URLSearchParams) => new URLSearchParams([...params].filter(([k]) => k !== 'page'));

/** `/users/{login}/works.atom`: a creator's newest works. */
export async function creatorFeed(ctx: Context, viewer: Viewer, login: string): Promise<FeedSource> {
  const user = await userByLogin(ctx.db, login);
  if (!user) throw new NotFound(t('errors.no_account_login', { login }));
  const found = await filterWorks(ctx, viewer, emptyFilter(), { creatorId: user.id });
  return { kind: 'works', path: `/users/${user.login}/works.atom`, pagePath: `/users/${user.login}/works`, title: t('member.works_by', { name: user.login }), blurbs: found.blurbs };
}

/** `/series/{id}.atom`: the works of a series, newest first. */
export async function seriesFeed(ctx: Context, viewer: Viewer, seriesId: number): Promise<FeedSource> {
  const series = await readSeries(ctx, viewer, seriesId, '1');
  return { kind: 'works', path: `/series/${series.id}.atom`, pagePath: `/series/${series.id}`, title: t('listing.series.feed', { title: series.title }), blurbs: series.blurbs };
}

/** `/tags/{name}/feed.atom`: works with the tag, newest first, narrowed by any filter in the query. */
export async function tagFeed(ctx: Context, viewer: Viewer, name: string, params: URLSearchParams, paths: { feed: string; page: string }): Promise<FeedSource> {
  const tag = await tagNodeByName(ctx.db, name);
  if (!tag) throw new NotFound(t('errors.tag.none'));
  const found = await filterWorks(ctx, viewer, { ...parseWorkFilter(params), sortColumn: 'revised_at', sortDirection: 'desc', page: 1 }, { tagId: tag.id });
  return { kind: 'works', path: paths.feed, pagePath: paths.page, title: t('feeds.title.tag', { name: tag.name }), blurbs: found.blurbs };
}

/** `/works/search.atom?…`: the best matches of a search, in rank order. */
export async function searchFeed(ctx: Context, viewer: Viewer, params: URLSearchParams): Promise<FeedSource> {
  const query = sansPage(params);
  const page = await searchWorks(ctx, viewer, query, PAGE_SIZE);
  return { kind: 'works', ranked: true, path: `/works/search.atom?${query}`, pagePath: `/works/search?${query}`, title: t('listing.search.titled', { label: searchLabel(page.search) }), blurbs: page.hits.map((h) => h.blurb) };
}

/** `/works/{id}/chapters.atom`: a work's posted chapters, newest first. */
export async function chaptersFeed(ctx: Context, viewer: Viewer, workId: number): Promise<FeedSource> {
  const page = await readWork(ctx, viewer, workId);
  if (page.work.visibility === 'draft') throw new NotFound(t('errors.no_work'));
  return { kind: 'chapters', path: `/works/${page.work.id}/chapters.atom`, pagePath: `/works/${page.work.id}`, title: t('work.feed.chapters', { title: page.work.title }), page };
}
