/** The search index on SQLite: FTS5 with bm25 ranking (title weighted highest); excerpts from the chapter's opening (excerpt.ts). */
import { sql } from '../sql.ts';
import type { Queryable } from '../db.ts';
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import type { SearchEngine, SearchSnippet } from './index.ts';
import { idList } from './id-list.ts';
import { MAX_RANKED } from './limits.ts';
import { snippetHtml } from './snippet.ts';
import { excerpt, EXCERPT_WINDOW } from './excerpt.ts';

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

/**
 * An excerpt from the first chapter (in reading order) of each work on the page that matches. Which chapters match
 * is asked per work over the rowid range of its chapters (FTS5 seeks a range; handed a list of rowids it runs the
 * whole query once per id: 94 ms for the ~1,000 chapters of a page of long works), then the opening EXCERPT_WINDOW
 * characters of each chosen chapter are read and the excerpt is made from them (excerpt.ts says why not snippet()).
 */
async function snippets(db: Queryable, q: SearchQuery, ids: number[]): Promise<Map<number, SearchSnippet>> {
  const out = new Map<number, SearchSnippet>();
  const anywhere = q.terms.filter((t) => !t.negated && !t.field);
  if (ids.length === 0 || anywhere.length === 0) return out;
  const match = anywhere.map(quoted).join(' OR ');
  const chapters = await db.all<{ chapter_id: number; work_id: number }>(sql`
    SELECT k.chapter_id, k.work_id FROM search_chapter_keys k JOIN chapters c ON c.id = k.chapter_id
    WHERE k.work_id IN (${sql.join(ids)}) ORDER BY k.work_id, c.position`);
  const byWork = new Map<number, number[]>();
  for (const c of chapters) {
    const inOrder = byWork.get(Number(c.work_id)) ?? byWork.set(Number(c.work_id), []).get(Number(c.work_id))!;
    inOrder.push(Number(c.chapter_id));
  }
  const chosen = new Map<number, number>();
  for (const [workId, inOrder] of byWork) {
    const rows = await db.all<{ id: number }>(sql`SELECT rowid AS id FROM search_chapters
      WHERE search_chapters MATCH ${match} AND rowid BETWEEN ${Math.min(...inOrder)} AND ${Math.max(...inOrder)}`);
    const matching = new Set(rows.map((r) => Number(r.id)));
    const first = inOrder.find((id) => matching.has(id));
    if (first !== undefined) chosen.set(first, workId);
  }
  if (chosen.size === 0) return out;
  // One character more than the window tells whether the text goes on.
  const rows = await db.all<{ chapter_id: number; body: string }>(sql`
    SELECT rowid AS chapter_id, substr(body, 1, ${EXCERPT_WINDOW + 1}) AS body FROM search_chapters WHERE rowid IN (${sql.join([...chosen.keys()])})`);
  const terms = anywhere.map((t) => t.text);
  for (const r of rows) {
    const marked = excerpt(r.body.slice(0, EXCERPT_WINDOW), terms, r.body.length > EXCERPT_WINDOW);
    if (marked !== null) out.set(chosen.get(Number(r.chapter_id))!, { chapterId: Number(r.chapter_id), html: snippetHtml(marked) });
  }
  return out;
}

async function matches(db: Queryable, q: SearchQuery): Promise<Float64Array> {
  const row = await db.get<{ ids: string | null }>(sql`SELECT group_concat(rowid) AS ids FROM search_works WHERE search_works MATCH ${fts5Match(q)}`);
  return idList(row?.ids);
}

/** Ranges ranked by bm25 hold at most this many matches: beyond it, the older candidates follow newest first. */
const RANKED_RANGE = 4 * MAX_RANKED;

/** The lowest rowid to rank from: the oldest candidate, or higher when that range would hold more than `cap` matches. */
export function rangeStart(candidates: readonly number[], all: Float64Array, cap: number): number {
  return Math.max(candidates[0]!, all[Math.max(0, all.length - cap)]!);
}

/** The candidates in rank order: those scored (in `scored` order, the rest of the range dropped), then the older ones newest first. */
export function inRankOrder(scored: readonly number[], candidates: readonly number[], low: number): number[] {
  const wanted = new Set(candidates);
  return [...scored.filter((id) => wanted.has(id)), ...candidates.filter((id) => id < low).reverse()];
}

/**
 * bm25 over a range of rowids (from the oldest candidate up), since FTS5 scores every row it returns and, handed a
 * list of rowids, runs the whole query once per id (seconds for a thousand). The range is capped at RANKED_RANGE
 * matches, so a narrow filter over a common phrase does not score every match to rank a few candidates.
 */
async function rank(db: Queryable, q: SearchQuery, candidates: number[], all: Float64Array, limit: number, offset: number): Promise<number[]> {
  const low = rangeStart(candidates, all, RANKED_RANGE);
  const rows = await db.all<{ id: number }>(sql`SELECT rowid AS id FROM search_works WHERE search_works MATCH ${fts5Match(q)} AND rowid >= ${low}
    ORDER BY bm25(search_works, ${sql.raw(WEIGHTS)}), rowid DESC`);
  return inRankOrder(rows.map((r) => Number(r.id)), candidates, low).slice(offset, offset + limit);
}

const condition = (q: SearchQuery) => sql`w.id IN (SELECT rowid FROM search_works WHERE search_works MATCH ${fts5Match(q)})`;

/** The SQLite engine. */
export const sqliteFts5: SearchEngine = { write, matches, rank, snippets, condition };
