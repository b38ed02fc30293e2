/**
 * Turns a range of generated works into table rows with explicit ids (continuing from the database's current
 * maximum), so one multi-row INSERT per table and batch can write them on either database.
 */
import type { SqlValue } from '../storage/sql.ts';
import { SANITIZER_VERSION } from '../domain/sanitize.ts';
import type { ArchiveModel } from './archive-model.ts';
import type { SearchDocument } from '../storage/search/document.ts';

/** The next free id per table, advanced as rows are made. */
export interface IdCursor {
  work: number;
  chapter: number;
  comment: number;
  bookmark: number;
}

/** What the search index needs of one work (the same text `loadSearchDocument` would read back). */
export type SearchRow = SearchDocument;

/** Rows per table for one batch. */
export interface BatchRows {
  works: SqlValue[][];
  creators: SqlValue[][];
  chapters: SqlValue[][];
  taggings: SqlValue[][];
  comments: SqlValue[][];
  bookmarks: SqlValue[][];
  search: SearchRow[];
  words: number;
}

export const WORK_COLUMNS = ['id', 'title', 'summary_html', 'language', 'expected_chapters', 'visibility', 'published_at', 'updated_at', 'created_at', 'revised_at',
  'word_count', 'chapter_count', 'hits', 'kudos_count', 'comments_count', 'bookmarks_count', 'sanitizer_version', 'comment_permission'];
export const CREATOR_COLUMNS = ['work_id', 'user_id', 'position', 'status'];
export const CHAPTER_COLUMNS = ['id', 'work_id', 'position', 'title', 'body_source', 'body_format', 'body_html', 'word_count', 'status', 'posted_at', 'silent', 'created_at', 'revised_at', 'sanitizer_version'];
export const TAGGING_COLUMNS = ['work_id', 'tag_id', 'position'];
export const COMMENT_COLUMNS = ['id', 'work_id', 'chapter_id', 'thread_root_id', 'depth', 'user_id', 'body_html', 'body_source', 'status', 'created_at'];
export const BOOKMARK_COLUMNS = ['id', 'user_id', 'work_id', 'private', 'rec', 'created_at', 'updated_at'];

/** Database ids of the model's users and tags, by model index. */
export interface IdMaps {
  users: number[];
  tags: number[];
}

/** Rows for works `from` … `to - 1` of the model. */
export function batchRows(model: ArchiveModel, ids: IdMaps, cursor: IdCursor, from: number, to: number): BatchRows {
  const out: BatchRows = { works: [], creators: [], chapters: [], taggings: [], comments: [], bookmarks: [], search: [], words: 0 };
  for (let i = from; i < to; i++) {
    const w = model.work(i);
    const workId = cursor.work++;
    const chapterIds: number[] = [];
    const texts: { id: number; text: string }[] = [];
    let words = 0;
    w.chapterWords.forEach((target, n) => {
      const id = cursor.chapter++;
      const text = model.chapterText(i, n + 1, target);
      const title = w.chapterWords.length > 1 ? `Chapter ${n + 1}` : '';
      const postedAt = n === 0 ? w.publishedAt : w.publishedAt + Math.round(((w.updatedAt - w.publishedAt) * n) / (w.chapterWords.length - 1));
      words += text.words;
      chapterIds.push(id);
      texts.push({ id, text: `${title} ${text.paragraphs.join(' ')}` });
      out.chapters.push([id, workId, n + 1, title, text.paragraphs.join('\n\n'), 'text', text.paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
        text.words, 'posted', postedAt, false, postedAt, postedAt, SANITIZER_VERSION]);
    });
    out.words += words;
    const summaryHtml = `<p>${w.summary}</p>`;
    out.works.push([workId, w.title, summaryHtml, w.language, w.expectedChapters, 'public', w.publishedAt, w.updatedAt, w.publishedAt, w.updatedAt,
      words, chapterIds.length, w.hits, w.kudos, w.comments.length, w.bookmarks.length, SANITIZER_VERSION, 'everyone']);
    w.creators.forEach((u, p) => out.creators.push([workId, ids.users[u]!, p, 'owner']));
    w.tags.forEach((t, p) => out.taggings.push([workId, ids.tags[t]!, p]));
    for (const c of w.comments) {
      const id = cursor.comment++;
      out.comments.push([id, workId, chapterIds[c.chapter - 1]!, id, 0, ids.users[c.user]!, `<p>${c.body}</p>`, c.body, 'published', c.at]);
    }
    for (const b of w.bookmarks) out.bookmarks.push([cursor.bookmark++, ids.users[b.user]!, workId, false, false, b.at, b.at]);
    out.search.push({
      workId,
      title: w.title,
      creators: w.creators.map((u) => model.users[u]!).join(' '),
      tags: w.tags.map((t) => model.tags.tags[t]!.name).join(' \n '),
      summary: w.summary,
      chapters: texts,
    });
  }
  return out;
}
