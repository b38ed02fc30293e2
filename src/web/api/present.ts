/**
 * Domain records as the read API's JSON (the shapes in schemas.ts): what each listing or page action returned, and
 * nothing it did not, so the API shows exactly what the web shows that reader. Links are absolute.
 */
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { SeriesPage } from '../../actions/read-series.ts';
import type { ShownComment } from '../../actions/list-comments.ts';
import type { BookmarkEntry } from '../../actions/list-bookmarks.ts';
import type { CreatorRef } from '../../storage/work-creators.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { TagNode } from '../../storage/tag-graph.ts';
import type { CollectionSummary } from '../../storage/collections.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { TagRef } from '../../storage/tags.ts';
import type { SeriesPlace } from '../../storage/series.ts';
import type { Account } from '../../domain/account.ts';
import type { Pseud } from '../../domain/pseud.ts';
import { pseudPagePath } from '../../domain/pseud.ts';
import { isComplete } from '../../domain/work.ts';
import { TAG_KINDS, type TagKind } from '../../domain/tag-list.ts';
import { tagPath, workPath, chapterPath, seriesPath } from '../urls.ts';
import { collectionPath } from '../collection-urls.ts';

/** ISO 8601 from the archive's milliseconds. */
export const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** Absolute addresses on this archive. */
export type Base = string;

const creator = (base: Base, c: CreatorRef) => ({ login: c.login, pseud: c.pseud, url: `${base}${pseudPagePath(c.login, c.pseud)}` });
const tagRefs = (tags: Record<TagKind, TagRef[]>) => Object.fromEntries(TAG_KINDS.map((k) => [k, (tags[k] ?? []).map((t) => ({ id: t.id, name: t.name }))]));
const series = (places: SeriesPlace[]) => places.map((s) => ({ id: s.seriesId, title: s.title, position: s.position }));

function workFields(base: Base, work: WorkRecord, creators: CreatorRef[], tags: Record<TagKind, TagRef[]>, places: SeriesPlace[]) {
  return {
    id: work.id,
    title: work.title,
    url: `${base}${workPath(work.id)}`,
    summaryHtml: work.summaryHtml,
    language: work.language,
    visibility: work.visibility,
    creators: creators.map((c) => creator(base, c)),
    tags: tagRefs(tags),
    series: series(places),
    words: work.wordCount,
    chapters: { posted: work.chapterCount, expected: work.expectedChapters },
    complete: isComplete(work.chapterCount, work.expectedChapters),
    publishedAt: isoOrNull(work.publishedAt),
    updatedAt: iso(work.updatedAt ?? work.publishedAt ?? work.createdAt),
    stats: { hits: work.hits, kudos: work.kudos, comments: work.comments, bookmarks: work.bookmarks },
  };
}

/** A listing's work. */
export const workSummary = (base: Base, b: WorkBlurb) => workFields(base, b.work, b.creators, b.tags, b.series);

/** A work page: metadata and the chapters this reader may open. */
export function workDetail(base: Base, page: WorkPage) {
  return {
    ...workFields(base, page.work, page.creators, page.tags, page.series),
    notesHtml: page.work.notesHtml,
    endNotesHtml: page.work.endNotesHtml,
    betas: page.betas,
    adult: page.adult,
    collections: (page.collections ?? []).map((c) => ({ name: c.name, title: c.title })),
    gifts: (page.gifts ?? []).filter((g) => !g.refused).map((g) => ({ login: g.login, name: g.name })),
    chapterList: page.chapters.map((c) => ({ id: c.id, position: c.position, title: c.title, words: c.wordCount, postedAt: isoOrNull(c.postedAt), url: `${base}${chapterPath(page.work.id, c.id)}` })),
  };
}

/** One chapter with its neighbours' ids. */
export function chapter(base: Base, page: WorkPage, index: number) {
  const c: ChapterRecord = page.chapters[index]!;
  return {
    id: c.id, workId: c.workId, position: c.position, title: c.title, summaryHtml: c.summaryHtml, notesHtml: c.notesHtml, endNotesHtml: c.endNotesHtml,
    bodyHtml: c.bodyHtml, words: c.wordCount, postedAt: isoOrNull(c.postedAt), url: `${base}${chapterPath(c.workId, c.id)}`,
    previous: page.chapters[index - 1]?.id ?? null, next: page.chapters[index + 1]?.id ?? null,
  };
}

const tagNode = (t: TagNode) => ({ id: t.id, name: t.name, kind: t.kind });

/** A tag and its neighbours in the graph. */
export function tag(base: Base, info: TagInfo) {
  return {
    ...tagNode(info.tag), canonical: info.tag.canonical, media: info.tag.media, url: `${base}${tagPath(info.tag.name)}`,
    mergedInto: info.merger ? tagNode(info.merger) : null,
    synonyms: info.synonyms.map(tagNode), parents: info.parents.map(tagNode), children: info.children.map(tagNode),
  };
}

/** A pseud of an account. */
export const pseud = (base: Base, login: string, p: Pseud) => ({ name: p.name, isDefault: p.isDefault, description: p.description, iconAlt: p.iconAlt, url: `${base}${pseudPagePath(login, p.name)}` });

/** A member's public profile. */
export function user(base: Base, account: Account, pseuds: Pseud[]) {
  return {
    login: account.login, displayName: account.displayName, bioHtml: account.bioHtml, website: account.website, joinedAt: iso(account.createdAt),
    url: `${base}/users/${account.login}`, pseuds: pseuds.map((p) => pseud(base, account.login, p)),
  };
}

/** A series and one page of its works. */
export function seriesDetail(base: Base, s: SeriesPage, next: string | null) {
  return {
    id: s.id, title: s.title, summaryHtml: s.summaryHtml, notesHtml: s.notesHtml, complete: s.complete, creators: s.creators.map((c) => creator(base, c)),
    begunAt: iso(s.begun), updatedAt: iso(s.updated), words: s.words, workCount: s.workCount, bookmarks: s.bookmarks,
    works: s.blurbs.map((b) => workSummary(base, b)), hidden: s.hidden, next,
  };
}

/** A collection with the count of works this reader may see in it. */
export const collection = (base: Base, c: CollectionSummary) => ({
  name: c.name, title: c.title, descriptionHtml: c.descriptionHtml, owner: c.ownerLogin, open: c.open, moderated: c.moderated, works: c.works,
  createdAt: iso(c.createdAt), url: `${base}${collectionPath(c.name)}`,
});

/** A published comment. */
export const comment = (s: ShownComment) => ({
  id: s.comment.id, parentId: s.comment.parentId, chapterId: s.comment.chapterId, depth: s.comment.depth,
  author: { login: s.comment.login, name: s.comment.userId === null ? s.comment.guestName : (s.comment.pseud ?? s.comment.login ?? '') },
  bodyHtml: s.comment.bodyHtml, createdAt: iso(s.comment.createdAt), editedAt: isoOrNull(s.comment.editedAt),
});

/** One of the member's bookmarks; its work as a listing shows it (`blurbs` holds those this reader may see). */
export function bookmark(base: Base, e: BookmarkEntry, blurbs: Map<number, WorkBlurb>) {
  const b = e.bookmark;
  const blurb = e.kind === 'work' ? blurbs.get(e.work.id) : undefined;
  return {
    id: b.id,
    work: blurb ? workSummary(base, blurb) : null,
    series: e.kind === 'series' ? { id: e.series.id, title: e.series.title, url: `${base}${seriesPath(e.series.id)}` } : null,
    pseud: e.pseud, notesHtml: b.notesHtml, tags: b.tagString, private: b.private, rec: b.rec, createdAt: iso(b.createdAt), updatedAt: iso(b.updatedAt),
  };
}
