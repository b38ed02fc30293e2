/** The search index on SQLite: FTS5 with bm25 ranking (title weighted highest) and snippet() from the chapter. */
import { sql, type Sql } from '../sql.ts';
import type { Queryable } from '../db.ts';
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import type { SearchEngine, SearchOptions, SearchResult, SearchSnippet } from './index.ts';
import { MAX_RANKED } from './limits.ts';
import { MARK_OPEN, MARK_CLOSE, snippetHtml } from './snippet.ts';

const COLUMN = { title: 'title', creator: 'creators', tag: 'tags', summary: 'summary' } as const;
// bm25 weights for title, creators, tags, summary, body.
const WEIGHTS = '10.0, 5.0, 4.0, 2.0, 1.0';

/** A term as an FTS5 string: always quoted, so operators and punctuation in it are only text. */
const quoted = (t: SearchTerm) => `"${t.text.replace(/"/g, '""')}"`;
const expr = (t: SearchTerm) => (t.field ? `{${COLUMN[t.field]}} : ${quoted(t)}` : quoted(t));

/** The MATCH expression: all positive terms, then each exclusion NOT-ed. */
export function fts5Match(q: SearchQuery): string {
  const positive = q.terms.filter((t) => !t.negated).map(expr).join(' AND ');
  return [`(${positive})`, ...q.terms.filter((t) => t.negated).map((t) => `(${expr(t)})`)].join(' NOT ');
}

async function write(tx: Queryable, workId: number, doc: Parameters<SearchEngine['write']>[2]): Promise<void> {
  await tx.run(sql`DELETE FROM search_works WHERE rowid = ${workId}`);
  await tx.run(sql`DELETE FROM search_chapters WHERE rowid IN (SELECT chapter_id FROM search_chapter_keys WHERE work_id = ${workId})`);
  await tx.run(sql`DELETE FROM search_chapter_keys WHERE work_id = ${workId}`);
  if (!doc) return;
  const body = doc.chapters.map((c) => c.text).join('\n');
  await tx.run(sql`INSERT INTO search_works (rowid, title, creators, tags, summary, body) VALUES (${workId}, ${doc.title}, ${doc.creators}, ${doc.tags}, ${doc.summary}, ${body})`);
  for (const c of doc.chapters) {
    // A row left by a chapter deleted outside the index's knowledge must not block this one.
    await tx.run(sql`DELETE FROM search_chapters WHERE rowid = ${c.id}`);
    await tx.run(sql`INSERT INTO search_chapters (rowid, body) VALUES (${c.id}, ${c.text})`);
    await tx.run(sql`INSERT INTO search_chapter_keys (chapter_id, work_id) VALUES (${c.id}, ${workId}) ON CONFLICT (chapter_id) DO UPDATE SET work_id = excluded.work_id`);
  }
}

function visible(o: SearchOptions): Sql {
  const within = o.where ? sql` AND (${o.where})` : sql``;
  return sql`w.deleted_at IS NULL AND w.visibility IN (${sql.join(o.visibilities)}) AND w.chapter_count > 0${within}`;
}

/**
 * An excerpt from the first chapter (in reading order) of each work on the page that matches. The page's chapter
 * ids are found first and given to FTS5 as a rowid list: snippet() then reads only those rows. bm25() is never
 * asked for here, because a phrase's bm25 counts its matches over the whole table (500 ms for a common phrase).
 */
async function snippets(db: Queryable, q: SearchQuery, ids: number[]): Promise<Map<number, SearchSnippet>> {
  const out = new Map<number, SearchSnippet>();
  const anywhere = q.terms.filter((t) => !t.negated && !t.field);
  if (ids.length === 0 || anywhere.length === 0) return out;
  const chapters = await db.all<{ chapter_id: number; work_id: number }>(sql`
    SELECT k.chapter_id, k.work_id FROM search_chapter_keys k JOIN chapters c ON c.id = k.chapter_id
    WHERE k.work_id IN (${sql.join(ids)}) ORDER BY k.work_id, c.position`);
  if (chapters.length === 0) return out;
  const rows = await db.all<{ chapter_id: number; s: string }>(sql`
    SELECT rowid AS chapter_id, snippet(search_chapters, 0, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 24) AS s
    FROM search_chapters WHERE search_chapters MATCH ${anywhere.map(quoted).join(' OR ')} AND rowid IN (${sql.join(chapters.map((c) => c.chapter_id))})`);
  const excerpt = new Map(rows.map((r) => [Number(r.chapter_id), r.s]));
  for (const c of chapters) {
    const s = excerpt.get(Number(c.chapter_id));
    if (s !== undefined && !out.has(Number(c.work_id))) out.set(Number(c.work_id), { chapterId: Number(c.chapter_id), html: snippetHtml(s) });
  }
  return out;
}

async function search(db: Queryable, q: SearchQuery, o: SearchOptions): Promise<SearchResult> {
  const limit = Math.max(0, Math.min(o.limit, MAX_RANKED - o.offset));
  // One pass over the matches ranks them and counts them (COUNT(*) OVER); a separate COUNT would match twice.
  const rows = await db.all<{ id: number; n: number }>(sql`
    WITH m AS (SELECT rowid AS id, bm25(search_works, ${sql.raw(WEIGHTS)}) AS r FROM search_works WHERE search_works MATCH ${fts5Match(q)})
    SELECT w.id, COUNT(*) OVER () AS n FROM m JOIN works w ON w.id = m.id WHERE ${visible(o)}
    ORDER BY m.r, w.id DESC LIMIT ${Math.max(limit, 1)} OFFSET ${o.offset}`);
  const ids = rows.slice(0, limit).map((r) => Number(r.id));
  const total = rows.length ? Number(rows[0]!.n) : o.offset > 0 ? await countMatches(db, q, o) : 0;
  return { ids, total, snippets: await snippets(db, q, ids) };
}

/** How many works match, for a page past the last one (the ranked query returned no row to carry the count). */
async function countMatches(db: Queryable, q: SearchQuery, o: SearchOptions): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM search_works JOIN works w ON w.id = search_works.rowid WHERE search_works MATCH ${fts5Match(q)} AND ${visible(o)}`);
  return Number(row?.n ?? 0);
}

/** The SQLite engine. */
export const sqliteFts5: SearchEngine = { write, search };
