/**
 * The search index on PostgreSQL: one weighted tsvector per work (title A, creators and tags B, summary and notes C,
 * chapter text D) under a GIN index, per-field vectors for prefixes, adjacent word pairs for phrases (migration 12),
 * and ts_rank over a bounded candidate set (ranking every match of a common word reads every vector: 88 ms p95 at
 * 100k works, measured).
 */
import { sql, type Sql } from '../sql.ts';
import type { Database, Queryable } from '../db.ts';
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import type { SearchEngine, SearchOptions, SearchResult, SearchSnippet } from './index.ts';
import type { SearchDocument } from './document.ts';
import { MAX_RANKED } from './limits.ts';
import { MARK_OPEN, MARK_CLOSE, snippetHtml } from './snippet.ts';
import { pairLines, pairsQuery, pairWords } from './word-pairs.ts';

const COLUMN = { title: 'title_doc', creator: 'creators_doc', tag: 'tags_doc', summary: 'summary_doc' } as const;
const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;

const vector = (text: string) => sql`to_tsvector('simple'::regconfig, ${untag(text)})`;
/** Every term as a phrase query, so punctuation and operators typed are only text. */
const tsq = (t: SearchTerm) => sql`phraseto_tsquery('simple'::regconfig, ${t.text})`;

/** PostgreSQL's parser reads `<word>` as an XML tag and skips it; an invisible word joiner after `<` keeps the word a word. */
const untag = (text: string) => text.replace(/</g, '<\u2060');

/**
 * The column values of one work's `search_works` row, in SEARCH_WORK_COLUMNS order (the bench generator writes them
 * too), written after its `search_chapters` rows.
 */
export function searchWorkValues(doc: SearchDocument): Sql[] {
  // The body from the chapters' own vectors (written first, searchChapterValues), in reading order: one parse each.
  const order = doc.chapters.map((c) => c.id).join(',');
  const body = sql`(SELECT quire_tsvector_concat(c.doc ORDER BY array_position(string_to_array(${order}, ',')::bigint[], c.chapter_id))
    FROM search_chapters c WHERE c.work_id = ${doc.workId})`;
  // Pairs per field and per chapter, so a pair never spans two fields (word-pairs.ts).
  const pairs = sql`array_to_tsvector(string_to_array(${pairLines([doc.title, doc.creators, doc.tags, doc.summary, ...doc.chapters.map((c) => c.text)])}, E'\n'))`;
  return [
    sql`setweight(${vector(doc.title)}, 'A') || setweight(${vector(doc.creators)}, 'B') || setweight(${vector(doc.tags)}, 'B')
      || setweight(${vector(doc.summary)}, 'C') || setweight(COALESCE(${body}, ''::tsvector), 'D')`,
    vector(doc.title), vector(doc.creators), vector(doc.tags), vector(doc.summary), pairs,
  ];
}

/** The columns `searchWorkValues` fills, after work_id. */
export const SEARCH_WORK_COLUMNS = ['doc', 'title_doc', 'creators_doc', 'tags_doc', 'summary_doc', 'pairs_doc'] as const;

/** The column values of one chapter's `search_chapters` row after chapter_id and work_id: body and doc. */
export const searchChapterValues = (text: string): Sql[] => [sql`${untag(text)}`, vector(text)];

async function write(tx: Queryable, workId: number, doc: SearchDocument | undefined): Promise<void> {
  await tx.run(sql`DELETE FROM search_chapters WHERE work_id = ${workId}`);
  await tx.run(sql`DELETE FROM search_works WHERE work_id = ${workId}`);
  if (!doc) return;
  for (const c of doc.chapters) {
    await tx.run(sql`INSERT INTO search_chapters (chapter_id, work_id, body, doc) VALUES (${c.id}, ${workId}, ${sql.join(searchChapterValues(c.text))})`);
  }
  await tx.run(sql`INSERT INTO search_works (work_id, ${sql.raw(SEARCH_WORK_COLUMNS.join(', '))}) VALUES (${workId}, ${sql.join(searchWorkValues(doc))})`);
}

/** Two words and nothing else: the pair index answers it exactly, with no position check. */
const TWO_WORDS = /^\s*[\p{L}\p{N}]+\s+[\p{L}\p{N}]+\s*$/u;

/** The condition for one unprefixed positive term: its pairs (exact for two plain words), then positions when longer. */
function anywhere(t: SearchTerm): Sql {
  if (pairWords(t.text).length < 2) return sql`s.doc @@ ${tsq(t)}`;
  const pairs = sql`s.pairs_doc @@ ${pairsQuery(t.text)}::tsquery`;
  return TWO_WORDS.test(t.text) ? pairs : sql`${pairs} AND s.doc @@ ${tsq(t)}`;
}

/** The conditions on `s` (search_works) and `w` (works) for a query and a viewer. */
function conditions(q: SearchQuery, o: SearchOptions): { where: Sql; positive: Sql } {
  const positive = sql`(${sql.join(q.terms.filter((t) => !t.negated).map(tsq), ' && ')})`;
  const parts: Sql[] = [];
  for (const t of q.terms) {
    const column = sql.raw(t.field ? `s.${COLUMN[t.field]}` : 's.doc');
    if (t.negated) parts.push(sql`NOT (${column} @@ ${tsq(t)})`);
    else parts.push(t.field ? sql`${column} @@ ${tsq(t)}` : anywhere(t));
  }
  parts.push(sql`w.deleted_at IS NULL AND w.visibility IN (${sql.join(o.visibilities)}) AND w.chapter_count > 0`);
  if (o.where) parts.push(sql`(${o.where})`);
  return { where: sql.join(parts, ' AND '), positive };
}

async function snippets(db: Queryable, q: SearchQuery, ids: number[]): Promise<Map<number, SearchSnippet>> {
  const out = new Map<number, SearchSnippet>();
  const anywhere = q.terms.filter((t) => !t.negated && !t.field);
  if (ids.length === 0 || anywhere.length === 0) return out;
  const any = sql`(${sql.join(anywhere.map(tsq), ' || ')})`;
  const rows = await db.all<{ work_id: number; chapter_id: number; s: string }>(sql`
    SELECT DISTINCT ON (work_id) work_id, chapter_id, ts_headline('simple'::regconfig, body, ${any}, ${HEADLINE}) AS s
    FROM search_chapters WHERE work_id IN (${sql.join(ids)}) AND doc @@ ${any}
    ORDER BY work_id, ts_rank(doc, ${any}) DESC, chapter_id`);
  for (const r of rows) out.set(Number(r.work_id), { chapterId: Number(r.chapter_id), html: snippetHtml(r.s.replace(/<\u2060/g, '<')) });
  return out;
}

/** Runs `fn` in a transaction of its own (for SET LOCAL), or in the caller's when handed one. */
const inTransaction = <T>(db: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> =>
  'transaction' in db ? (db as Database).transaction(fn) : fn(db);

async function search(db: Queryable, q: SearchQuery, o: SearchOptions): Promise<SearchResult> {
  const { where, positive } = conditions(q, o);
  const from = sql`FROM search_works s JOIN works w ON w.id = s.work_id WHERE ${where}`;
  const limit = Math.max(0, Math.min(o.limit, MAX_RANKED - o.offset));
  const rows = await inTransaction(db, async (tx) => {
    // The planner prices `@@` on a row as cheap, but each row's vector is TOASTed: for a word in a third of the
    // works it chose to scan and detoast every vector (0.8–3 s at 100k works) over the exact GIN bitmap (~0.1 s).
    await tx.run(sql`SET LOCAL enable_seqscan = off`);
    // One pass finds every match through GIN (materialized, so the newest-first LIMIT cannot turn it into a walk
    // down the primary key that reads every vector), counts them and keeps the newest MAX_RANKED to rank.
    return tx.all<{ id: number; n: number }>(sql`
      WITH m AS MATERIALIZED (SELECT s.work_id ${from}),
        c AS (SELECT work_id, COUNT(*) OVER () AS n FROM m ORDER BY work_id DESC LIMIT ${MAX_RANKED})
      SELECT c.work_id AS id, c.n FROM c JOIN search_works r ON r.work_id = c.work_id
      ORDER BY ts_rank(r.doc, ${positive}) DESC, c.work_id DESC LIMIT ${Math.max(limit, 1)} OFFSET ${o.offset}`);
  });
  const ids = rows.slice(0, limit).map((r) => Number(r.id));
  const total = rows.length ? Number(rows[0]!.n) : o.offset > 0 ? Number((await db.get<{ n: number }>(sql`SELECT COUNT(*)::int AS n ${from}`))?.n ?? 0) : 0;
  return { ids, total, snippets: await snippets(db, q, ids) };
}

/** The PostgreSQL engine. */
export const postgresTsvector: SearchEngine = { write, search };
