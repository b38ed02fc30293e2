/**
 * The search index on PostgreSQL: one weighted tsvector per work (title A, creators and tags B, summary and notes C,
 * chapter text D) under a GIN index, per-field vectors for prefixes, adjacent word pairs for phrases in a narrow
 * table of their own (migrations 12 and 27), and ts_rank over a bounded candidate set (ranking every match of a
 * common word reads every vector: 88 ms p95 at 100k works, measured).
 */
import { sql, type Sql } from '../sql.ts';
import type { Database, Queryable } from '../db.ts';
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import type { SearchEngine, SearchSnippet } from './index.ts';
import { idList } from './id-list.ts';
import type { SearchDocument } from './document.ts';
import { snippetHtml } from './snippet.ts';
import { excerpt, EXCERPT_WINDOW } from './excerpt.ts';
import { documentPairs, pairablePhrase, pairsQuery } from './word-pairs.ts';

const COLUMN = { title: 'title_doc', creator: 'creators_doc', tag: 'tags_doc', summary: 'summary_doc' } as const;

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
  return [
    sql`setweight(${vector(doc.title)}, 'A') || setweight(${vector(doc.creators)}, 'B') || setweight(${vector(doc.tags)}, 'B')
      || setweight(${vector(doc.summary)}, 'C') || setweight(COALESCE(${body}, ''::tsvector), 'D')`,
    vector(doc.title), vector(doc.creators), vector(doc.tags), vector(doc.summary),
  ];
}

/** The columns `searchWorkValues` fills, after work_id. */
export const SEARCH_WORK_COLUMNS = ['doc', 'title_doc', 'creators_doc', 'tags_doc', 'summary_doc'] as const;

/** A work's `search_work_pairs.pairs`, bound as one text of a pair per line (a pair holds no line break). */
export const searchPairsValue = (doc: SearchDocument): Sql =>
  sql`array_to_tsvector(string_to_array(${documentPairs(doc).join('\n')}, E'\n'))`;

/** The column values of one chapter's `search_chapters` row after chapter_id and work_id: body and doc. */
export const searchChapterValues = (text: string): Sql[] => [sql`${untag(text)}`, vector(text)];

async function write(tx: Queryable, workId: number, doc: SearchDocument | undefined): Promise<void> {
  await tx.run(sql`DELETE FROM search_chapters WHERE work_id = ${workId}`);
  await tx.run(sql`DELETE FROM search_works WHERE work_id = ${workId}`);
  await tx.run(sql`DELETE FROM search_work_pairs WHERE work_id = ${workId}`);
  if (!doc) return;
  for (const c of doc.chapters) {
    await tx.run(sql`INSERT INTO search_chapters (chapter_id, work_id, body, doc) VALUES (${c.id}, ${workId}, ${sql.join(searchChapterValues(c.text))})`);
  }
  await tx.run(sql`INSERT INTO search_works (work_id, ${sql.raw(SEARCH_WORK_COLUMNS.join(', '))}) VALUES (${workId}, ${sql.join(searchWorkValues(doc))})`);
  await tx.run(sql`INSERT INTO search_work_pairs (work_id, pairs) VALUES (${workId}, ${searchPairsValue(doc)})`);
}

/** Two words and nothing else: the pair index answers it exactly, with no position check. */
const TWO_WORDS = /^\s*[\p{L}\p{N}]+\s+[\p{L}\p{N}]+\s*$/u;

/** The condition on `s` (search_works) for each term. */
function termConditions(terms: readonly SearchTerm[]): Sql {
  return sql.join(terms.map((t) => {
    const column = sql.raw(t.field ? `s.${COLUMN[t.field]}` : 's.doc');
    return t.negated ? sql`NOT (${column} @@ ${tsq(t)})` : sql`${column} @@ ${tsq(t)}`;
  }), ' AND ');
}

/**
 * The works matching a query, as a SELECT of `work_id`. With a phrase the narrow pairs table answers first (its rows
 * hold only a TOAST pointer, so a match set of 300,000 works reads ~7,000 heap pages, not search_works' 97,000 at
 * 1M works); search_works checks only what the pairs cannot: words, fields, exclusions, positions of longer phrases.
 */
function matchSelect(q: SearchQuery): Sql {
  const phrases = q.terms.filter(pairablePhrase);
  if (phrases.length === 0) return sql`SELECT s.work_id FROM search_works s WHERE ${termConditions(q.terms)}`;
  const pairs = sql.join(phrases.map((t) => sql`p.pairs @@ ${pairsQuery(t.text)}::tsquery`), ' AND ');
  const rest = q.terms.filter((t) => !(pairablePhrase(t) && TWO_WORDS.test(t.text)));
  if (rest.length === 0) return sql`SELECT p.work_id FROM search_work_pairs p WHERE ${pairs}`;
  return sql`SELECT p.work_id FROM search_work_pairs p JOIN search_works s ON s.work_id = p.work_id WHERE ${pairs} AND ${termConditions(rest)}`;
}

/** The positive terms as one tsquery, for ranking. */
const positiveQuery = (q: SearchQuery): Sql => sql`(${sql.join(q.terms.filter((t) => !t.negated).map(tsq), ' && ')})`;

/**
 * An excerpt from the best-ranked matching chapter of each work: made from the chapter's opening EXCERPT_WINDOW
 * characters (excerpt.ts), not by ts_headline, which parses the whole chapter: 0.1 s of the database per headline
 * for a 500 KB chapter repeating the word, 0.4–0.6 s at 2 MB (measured), a connection held for each.
 */
async function snippets(db: Queryable, q: SearchQuery, ids: number[]): Promise<Map<number, SearchSnippet>> {
  const out = new Map<number, SearchSnippet>();
  const anywhere = q.terms.filter((t) => !t.negated && !t.field);
  if (ids.length === 0 || anywhere.length === 0) return out;
  const any = sql`(${sql.join(anywhere.map(tsq), ' || ')})`;
  // The best chapter of each work first, then only its opening is read: a well-ranked work can have hundreds of
  // matching chapters. One character more than the window tells whether the text goes on.
  const rows = await db.all<{ work_id: number; chapter_id: number; body: string }>(sql`
    SELECT p.work_id, p.chapter_id, left(c.body, ${EXCERPT_WINDOW + 1}) AS body
    FROM (SELECT DISTINCT ON (work_id) work_id, chapter_id FROM search_chapters WHERE work_id IN (${sql.join(ids)}) AND doc @@ ${any}
      ORDER BY work_id, ts_rank(doc, ${any}) DESC, chapter_id) p
    JOIN search_chapters c ON c.chapter_id = p.chapter_id`);
  const terms = anywhere.map((t) => t.text);
  for (const r of rows) {
    const text = r.body.replace(/<\u2060/g, '<');
    const marked = excerpt(text.slice(0, EXCERPT_WINDOW), terms, r.body.length > EXCERPT_WINDOW);
    if (marked !== null) out.set(Number(r.work_id), { chapterId: Number(r.chapter_id), html: snippetHtml(marked) });
  }
  return out;
}

/** Runs `fn` in a transaction of its own (for SET LOCAL), or in the caller's when handed one. */
const inTransaction = <T>(db: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> =>
  'transaction' in db ? (db as Database).transaction(fn) : fn(db);

async function matches(db: Queryable, q: SearchQuery): Promise<Float64Array> {
  const row = await inTransaction(db, async (tx) => {
    // The planner prices `@@` on a row as cheap, but each row's vector is TOASTed: for a word in a third of the
    // works it chose to scan and detoast every vector (0.8–3 s at 100k works) over the exact GIN bitmap (~0.1 s).
    await tx.run(sql`SET LOCAL enable_seqscan = off`);
    // A bitmap of a third of 1M works outgrows the default 4 MB and turns lossy: every row of a lossy page is then
    // rechecked, detoasting its vector (seconds). 32 MB keeps it exact.
    await tx.run(sql`SET LOCAL work_mem = '32MB'`);
    return tx.get<{ ids: string | null }>(sql`SELECT string_agg(m.work_id::text, ',') AS ids FROM (${matchSelect(q)}) m`);
  });
  return idList(row?.ids);
}

/** Which of `ids` match, each checked by primary key. */
async function matchesAmong(db: Queryable, q: SearchQuery, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<{ id: number }>(sql`SELECT m.work_id AS id FROM (${matchSelect(q)}) m
    WHERE m.work_id = ANY(string_to_array(${ids.join(',')}, ',')::bigint[])`);
  return rows.map((r) => Number(r.id));
}

/** ts_rank over the candidates' vectors, read by primary key. */
async function rank(db: Queryable, q: SearchQuery, candidates: number[], _all: ArrayLike<number>, limit: number, offset: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(sql`SELECT work_id AS id FROM search_works
    WHERE work_id = ANY(string_to_array(${candidates.join(',')}, ',')::bigint[])
    ORDER BY ts_rank(doc, ${positiveQuery(q)}) DESC, work_id DESC LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => Number(r.id));
}

const condition = (q: SearchQuery) => sql`w.id IN (${matchSelect(q)})`;

/** The PostgreSQL engine. */
export const postgresTsvector: SearchEngine = { write, matches, matchesAmong, rank, snippets, condition };
