/**
 * Full-text search behind one interface: SQLite FTS5 (sqlite-fts5.ts) or PostgreSQL tsvector (postgres-tsvector.ts).
 * Actions call `indexWork(tx, id)` inside the transaction that changed a work's text, so the index never lags.
 */
import type { Queryable } from '../db.ts';
import type { Sql } from '../sql.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import type { Visibility } from '../../domain/work.ts';
import { loadSearchDocument, type SearchDocument } from './document.ts';
import { sqliteFts5 } from './sqlite-fts5.ts';
import { postgresTsvector } from './postgres-tsvector.ts';

/** Where a work matched in a chapter: the chapter and a short excerpt as HTML (escaped text plus `<mark>`). */
export interface SearchSnippet {
  chapterId: number;
  html: string;
}

/** One page of results, best first. */
export interface SearchResult {
  ids: number[];
  /** All matching works the viewer may see (pages reach at most MAX_RANKED of them). */
  total: number;
  snippets: Map<number, SearchSnippet>;
}

/** Which works may appear and which slice of the ranking is wanted. */
export interface SearchOptions {
  limit: number;
  offset: number;
  /** Visibilities the viewer may read ('draft' is never searched). */
  visibilities: Exclude<Visibility, 'draft'>[];
  /** The filter seam: a further condition on the works table (alias `w`), e.g. a tag filter's or the blocklist. */
  where?: Sql;
}

export { MAX_RANKED } from './limits.ts';

/** One database's index. */
export interface SearchEngine {
  /** Replaces the index rows of `workId` with `doc` (none when undefined). */
  write(tx: Queryable, workId: number, doc: SearchDocument | undefined): Promise<void>;
  search(db: Queryable, query: SearchQuery, options: SearchOptions): Promise<SearchResult>;
}

const engineFor = (db: Queryable): SearchEngine => (db.dialect === 'postgres' ? postgresTsvector : sqliteFts5);

/** Re-reads a work's current text and rewrites its index rows; call inside the transaction that changed it. */
export async function indexWork(tx: Queryable, workId: number): Promise<void> {
  await engineFor(tx).write(tx, workId, await loadSearchDocument(tx, workId));
}

/** Takes a work out of the index (it was deleted). */
export async function removeWork(tx: Queryable, workId: number): Promise<void> {
  await engineFor(tx).write(tx, workId, undefined);
}

/** Ranked work ids for a parsed query, with snippets for the page. */
export async function searchIndex(db: Queryable, query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
  if (!query.terms.some((t) => !t.negated)) return { ids: [], total: 0, snippets: new Map() };
  return engineFor(db).search(db, query, options);
}
