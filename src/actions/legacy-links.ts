/**
 * Old eFiction URLs → the Quire page nearest to what they showed: the imported work (its chapter, table of contents,
 * print version, comments), account, tag, series or challenge (collection), or for eFiction's list and search pages
 * the matching listing. Undefined when the page named something that was never imported.
 */
import { legacyId } from '../storage/legacy-ids.ts';
import { chaptersOfWork } from '../storage/chapters.ts';
import { userById } from '../storage/users.ts';
import { tagById } from '../storage/tags.ts';
import { collectionById } from '../storage/collections.ts';
import { collectionPath } from '../web/collection-urls.ts';
import { chapterPath, seriesPath, tagPath, workPath } from '../web/urls.ts';
import type { Context } from './context.ts';

type Query = Record<string, string | undefined>;
type Target = (ctx: Context, q: Query) => Promise<string | undefined>;

const id = (v: string | undefined): string | null => (v && /^\d+$/.test(v) ? v : null);

/** The chapter at eFiction's position `n` (its `chapter` parameter counts chapters in order, it is no id). */
async function chapterAt(ctx: Context, workId: number, n: number): Promise<string> {
  const chapter = (await chaptersOfWork(ctx.db, workId))[n - 1];
  return chapter ? chapterPath(workId, chapter.id) : workPath(workId);
}

/** `viewstory.php?sid=N` with `chapter=n`, `index=1` (table of contents) or `action=printable&chapter=all|n`. */
const story: Target = async (ctx, q) => {
  const workId = id(q.sid) ? await legacyId(ctx.db, 'work', q.sid!) : undefined;
  if (!workId) return undefined;
  const n = Number(q.chapter);
  const position = Number.isInteger(n) && n >= 1 ? n : null;
  if (q.action === 'printable') return position === null ? `${workPath(workId)}/print` : chapterAt(ctx, workId, position);
  if (q.index === '1') return `${workPath(workId)}/navigate`;
  return position === null ? workPath(workId) : chapterAt(ctx, workId, position);
};

const user: Target = async (ctx, q) => {
  const userId = id(q.uid) ? await legacyId(ctx.db, 'user', q.uid!) : undefined;
  const account = userId ? await userById(ctx.db, userId) : undefined;
  return account ? `/users/${account.login}` : undefined;
};

const category = async (ctx: Context, catid: string): Promise<string | undefined> => {
  const tagId = await legacyId(ctx.db, 'category', catid);
  const tag = tagId ? await tagById(ctx.db, tagId) : undefined;
  return tag ? tagPath(tag.name) : undefined;
};

const series = async (ctx: Context, seriesid: string | undefined): Promise<string | undefined> => {
  const seriesId = id(seriesid) ? await legacyId(ctx.db, 'series', seriesid!) : undefined;
  return seriesId ? seriesPath(seriesId) : undefined;
};

/** A challenge by `chalid`, or without one the list of challenges (collections). */
const challenge: Target = async (ctx, q) => {
  if (q.chalid === undefined) return '/collections';
  const collectionId = id(q.chalid) ? await legacyId(ctx.db, 'challenge', q.chalid!) : undefined;
  const collection = collectionId ? await collectionById(ctx.db, collectionId) : undefined;
  return collection ? collectionPath(collection.name) : undefined;
};

/** `reviews.php?type=ST&item=sid[&chapid=c]` → the work's (or chapter's) comments; `type=SE` → the series. */
const reviews: Target = async (ctx, q) => {
  if ((q.type ?? 'ST').toUpperCase() === 'SE') return series(ctx, q.item);
  const workId = id(q.item) ? await legacyId(ctx.db, 'work', q.item!) : undefined;
  if (!workId) return undefined;
  const chapterId = id(q.chapid) ? await legacyId(ctx.db, 'chapter', q.chapid!) : undefined;
  return chapterId ? `${chapterPath(workId, chapterId)}/comments` : `${workPath(workId)}/comments`;
};

// eFiction's search types → the search form's field (its title, summary and pen name searches; the rest are words).
const SEARCH_FIELDS: Record<string, string> = { title: 'title', summary: 'summary', penname: 'creators' };

/** `search.php?searchterm=…&searchtype=…` → the same search here; without a term, the search form. */
const search: Target = async (_ctx, q) => {
  const term = (q.searchterm ?? '').trim();
  if (!term) return '/works/search';
  const field = SEARCH_FIELDS[(q.searchtype ?? '').toLowerCase()] ?? 'query';
  return `/works/search?${new URLSearchParams({ [`work_search[${field}]`]: term })}`;
};

/** eFiction's `browse.php?type=…`: a category by id; the other lists to their listings. */
const browse: Target = async (ctx, q) => {
  if (q.type === 'categories') return id(q.catid) ? category(ctx, q.catid!) : q.catid === undefined ? '/media' : undefined;
  if (q.type === 'series' && q.seriesid !== undefined) return series(ctx, q.seriesid);
  return '/works';
};

/** Each old script (path without `.php`) and where it leads. */
const SCRIPTS: Record<string, Target> = {
  viewstory: story,
  viewuser: user,
  browse,
  viewseries: (ctx, q) => series(ctx, q.seriesid),
  // series.php?seriesid=N is how reviews.php linked a series; without one it was the author's series manager.
  series: async (ctx, q) => (q.seriesid === undefined ? '/works' : series(ctx, q.seriesid)),
  viewchallenge: challenge,
  challenges: challenge,
  'modules/challenges/challenges': challenge,
  reviews,
  search,
  // eFiction's member list: people are found by the creator field of the search here.
  authors: async () => '/works/search',
  titles: async () => '/works',
  categories: async (ctx, q) => (q.catid === undefined ? '/media' : id(q.catid) ? category(ctx, q.catid!) : undefined),
};

/** The old scripts answered, as URL paths. */
export const LEGACY_SCRIPTS = Object.keys(SCRIPTS).map((s) => `/${s}.php`);

/** The path an old `<script>.php?query` now lives at. */
export async function legacyTarget(ctx: Context, script: string, q: Query): Promise<string | undefined> {
  return Object.hasOwn(SCRIPTS, script) ? SCRIPTS[script]!(ctx, q) : undefined;
}
