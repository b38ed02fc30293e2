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

async function snippets(db: Queryable, q: SearchQuery, ids: number[]): Promise<Map<number, SearchSnippet>> {
  const out = new Map<number, SearchSnippet>();
  const anywhere = q.terms.filter((t) => !t.negated && !t.field);
  if (ids.length === 0 || anywhere.length === 0) return out;
  const match = anywhere.map(quoted).join(' OR ');
  const rows = await db.all<{ work_id: number; chapter_id: number; s: string }>(sql`
    SELECT k.work_id, search_chapters.rowid AS chapter_id, snippet(search_chapters, 0, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 24) AS s
    FROM search_chapters JOIN search_chapter_keys k ON k.chapter_id = search_chapters.rowid
    WHERE search_chapters MATCH ${match} AND search_chapters.rowid IN (SELECT chapter_id FROM search_chapter_keys WHERE work_id IN (${sql.join(ids)}))
    ORDER BY bm25(search_chapters)`);
  for (const r of rows) if (!out.has(Number(r.work_id))) out.set(Number(r.work_id), { chapterId: Number(r.chapter_id), html: snippetHtml(r.s) });
  return out;
}

async function search(db: Queryable, q: SearchQuery, o: SearchOptions): Promise<SearchResult> {
  const match = fts5Match(q);
  const from = sql`FROM search_works JOIN works w ON w.id = search_works.rowid WHERE search_works MATCH ${match} AND ${visible(o)}`;
  const limit = Math.max(0, Math.min(o.limit, MAX_RANKED - o.offset));
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>(sql`SELECT COUNT(*) AS n ${from}`),
    db.all<{ id: number }>(sql`SELECT w.id ${from} ORDER BY bm25(search_works, ${sql.raw(WEIGHTS)}), w.id DESC LIMIT ${limit} OFFSET ${o.offset}`),
  ]);
  const ids = rows.map((r) => Number(r.id));
  return { ids, total: Number(count?.n ?? 0), snippets: await snippets(db, q, ids) };
}

/** The SQLite engine. */
export const sqliteFts5: SearchEngine = { write, search };
