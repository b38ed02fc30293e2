/**
 * The search index on SQLite: FTS5 with bm25 ranking (title weighted highest); excerpts from the chapter's opening
 * (excerpt.ts). Phrases are first looked up in `search_pairs` (migration 25): each pair of adjacent words is one
 * token there ("old_harbour"), without positions, so a two-word phrase is one doclist read instead of merging the
 * position lists of both words in every work holding them (733 ms p95 for a phrase in 30 % of 1M works, measured).
 */
import { sql, type Sql } from '../sql.ts';
import type { Queryable } from '../db.ts';
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import type { Keep, SearchEngine, SearchSnippet } from './index.ts';
import { matchKey } from './match-cache.ts';
import type { SearchDocument } from './document.ts';
import { idList } from './id-list.ts';
import { MAX_RANKED } from './limits.ts';
import { snippetHtml } from './snippet.ts';
import { documentPairs, pairablePhrase, pairWords, wordPairs } from './word-pairs.ts';
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

/** A pair as one token: `_` is never part of a word (word-pairs.ts), and the pairs table's tokenizer keeps it inside one. */
const pairToken = (pair: string) => pair.replace(' ', '_');

/** A work's `search_pairs` text: its pairs of adjacent words as tokens, per field and per chapter (never spanning two). */
export const pairsText = (doc: Pick<SearchDocument, 'title' | 'creators' | 'tags' | 'summary' | 'chapters'>): string =>
  documentPairs(doc).map(pairToken).join(' ');

/**
 * The query split for the pairs table: a MATCH of every pair of its pairable phrases (null when it has none), and
 * the terms search_works must still check: all but the two-word phrases, which the pairs answer exactly.
 */
export function pairSplit(q: SearchQuery): { pairs: string | null; rest: SearchTerm[] } {
  const phrases = q.terms.filter(pairablePhrase);
  if (phrases.length === 0) return { pairs: null, rest: q.terms };
  const tokens = new Set(phrases.flatMap((t) => wordPairs([t.text]).map(pairToken)));
  return { pairs: [...tokens].map((p) => `"${p}"`).join(' AND '), rest: q.terms.filter((t) => !(pairablePhrase(t) && pairWords(t.text).length === 2)) };
}

/** search_works alone: for queries without phrases, and while works wait in the re-index queue (their pairs may be missing). */
const wholeSelect = (q: SearchQuery) => sql`SELECT rowid FROM search_works WHERE search_works MATCH ${fts5Match(q)}`;

/**
 * Whether every work's pairs are current: nothing waits in the re-index queue, which migration 25 fills with every
 * work of an archive indexed before the pairs existed (and wrangling with the works whose tags changed meaning).
 */
const PAIRS_CURRENT = sql`NOT EXISTS (SELECT 1 FROM search_reindex_queue)`;

/** The rowids matching a query, as a SELECT: the pairs narrow first, search_works checks what they cannot. */
function pairsSelect(q: SearchQuery, { pairs, rest }: ReturnType<typeof pairSplit>): Sql {
  if (pairs === null) return wholeSelect(q);
  const positive = rest.filter((t) => !t.negated);
  const negated = rest.filter((t) => t.negated);
  const also = positive.length > 0
    ? sql` AND rowid IN (SELECT rowid FROM search_works WHERE search_works MATCH ${fts5Match({ terms: rest })})`
    : negated.length > 0 ? sql` AND rowid NOT IN (SELECT rowid FROM search_works WHERE search_works MATCH ${negated.map(expr).join(' OR ')})` : sql``;
  return sql`SELECT rowid FROM search_pairs WHERE search_pairs MATCH ${pairs}${also}`;
}

async function write(tx: Queryable, workId: number, doc: SearchDocument | undefined): Promise<void> {
  await tx.run(sql`DELETE FROM search_works WHERE rowid = ${workId}`);
  await tx.run(sql`DELETE FROM search_pairs WHERE rowid = ${workId}`);
  await tx.run(sql`DELETE FROM search_chapters WHERE rowid IN (SELECT chapter_id FROM search_chapter_keys WHERE work_id = ${workId})`);
  await tx.run(sql`DELETE FROM search_chapter_keys WHERE work_id = ${workId}`);
  if (!doc) return;
  const body = doc.chapters.map((c) => c.text).join('\n');
  await tx.run(sql`INSERT INTO search_works (rowid, title, creators, tags, summary, body) VALUES (${workId}, ${doc.title}, ${doc.creators}, ${doc.tags}, ${doc.summary}, ${body})`);
  await tx.run(sql`INSERT INTO search_pairs (rowid, pairs) VALUES (${workId}, ${pairsText(doc)})`);
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
  const split = pairSplit(q);
  const current = split.pairs !== null && (await db.get<{ ok: number }>(sql`SELECT ${PAIRS_CURRENT} AS ok`))?.ok;
  const row = await db.get<{ ids: string | null }>(sql`SELECT group_concat(rowid) AS ids FROM (${current ? pairsSelect(q, split) : wholeSelect(q)})`);
  return idList(row?.ids);
}

/** Which of `ids` match: search_works alone (exact whatever the pairs' state), FTS5 seeking each rowid. */
async function matchesAmong(db: Queryable, q: SearchQuery, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<{ id: number }>(sql`SELECT rowid AS id FROM search_works WHERE search_works MATCH ${fts5Match(q)} AND rowid IN (${sql.join([...ids])})`);
  return rows.map((r) => Number(r.id));
}

/** Ranges ranked by bm25 hold at most this many matches: beyond it, the older candidates follow newest first. */
const RANKED_RANGE = 4 * MAX_RANKED;

/** The lowest rowid to rank from: the oldest candidate, or higher when that range would hold more than `cap` matches. */
export function rangeStart(candidates: readonly number[], all: ArrayLike<number>, cap: number): number {
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
async function rank(db: Queryable, q: SearchQuery, candidates: number[], all: ArrayLike<number>, limit: number, offset: number, keep: Keep): Promise<number[]> {
  const low = rangeStart(candidates, all, RANKED_RANGE);
  // bm25 first counts every work holding each phrase (its IDF), whatever the range: kept until the index changes.
  const scored = await keep(`bm25 ${low} ${matchKey(q)}`, async () => {
    const rows = await db.all<{ id: number }>(sql`SELECT rowid AS id FROM search_works WHERE search_works MATCH ${fts5Match(q)} AND rowid >= ${low}
      ORDER BY bm25(search_works, ${sql.raw(WEIGHTS)}), rowid DESC`);
    return rows.map((r) => Number(r.id));
  });
  return inRankOrder(scored, candidates, low).slice(offset, offset + limit);
}

function condition(q: SearchQuery): Sql {
  const split = pairSplit(q);
  return split.pairs === null ? sql`w.id IN (${wholeSelect(q)})`
    : sql`((${PAIRS_CURRENT} AND w.id IN (${pairsSelect(q, split)})) OR (NOT ${PAIRS_CURRENT} AND w.id IN (${wholeSelect(q)})))`;
}

/** The SQLite engine. */
export const sqliteFts5: SearchEngine = { write, matches, matchesAmong, rank, snippets, condition };
