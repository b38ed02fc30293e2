/** Readers' saved work filters: a name, a query string, and at most one default per reader. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A saved filter. */
export interface SavedFilter {
  id: number;
  name: string;
  query: string;
  isDefault: boolean;
}

type Row = { id: number; name: string; query: string; is_default: unknown };
const saved = (r: Row): SavedFilter => ({ id: Number(r.id), name: r.name, query: r.query, isDefault: Boolean(r.is_default) });

/** Saves (or replaces, by name) a filter. */
export async function saveFilter(db: Queryable, userId: number, name: string, query: string, now: number): Promise<void> {
  await db.run(sql`INSERT INTO saved_filters (user_id, name, query, is_default, created_at) VALUES (${userId}, ${name}, ${query}, ${false}, ${now})
    ON CONFLICT (user_id, name) DO UPDATE SET query = ${query}`);
}

/** A reader's saved filters, by name. */
export async function savedFiltersOf(db: Queryable, userId: number): Promise<SavedFilter[]> {
  return (await db.all<Row>(sql`SELECT id, name, query, is_default FROM saved_filters WHERE user_id = ${userId} ORDER BY name`)).map(saved);
}

/** Makes one filter the reader's default (or none with null). */
export async function setDefaultFilter(db: Queryable, userId: number, id: number | null): Promise<void> {
  await db.run(sql`UPDATE saved_filters SET is_default = ${false} WHERE user_id = ${userId}`);
  if (id !== null) await db.run(sql`UPDATE saved_filters SET is_default = ${true} WHERE user_id = ${userId} AND id = ${id}`);
}

/** Deletes one of a reader's filters. */
export async function deleteFilter(db: Queryable, userId: number, id: number): Promise<void> {
  await db.run(sql`DELETE FROM saved_filters WHERE user_id = ${userId} AND id = ${id}`);
}

/** The reader's default filter, if any. */
export async function defaultFilterOf(db: Queryable, userId: number): Promise<SavedFilter | undefined> {
  const r = await db.get<Row>(sql`SELECT id, name, query, is_default FROM saved_filters WHERE user_id = ${userId} AND is_default = ${true}`);
  return r && saved(r);
}
