/** What a generated archive weighs: rows per table and the size on disk. */
import { statSync } from 'node:fs';
import { sql } from '../storage/sql.ts';
import type { Database } from '../storage/db.ts';

/** Tables whose row counts are reported. */
export const SIZED_TABLES = ['users', 'tags', 'works', 'chapters', 'work_creators', 'taggings', 'comments', 'bookmarks', 'search_chapter_keys'] as const;

/** Rows per table and bytes on disk (SQLite: the file plus its WAL; PostgreSQL: pg_database_size). */
export async function archiveSizes(db: Database, url: string): Promise<{ rows: Record<string, number>; bytes: number }> {
  const rows: Record<string, number> = {};
  for (const table of SIZED_TABLES) {
    if (table === 'search_chapter_keys' && db.dialect === 'postgres') {
      rows.search_chapters = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM search_chapters`))?.n ?? 0);
      continue;
    }
    rows[table] = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(table)}`))?.n ?? 0);
  }
  let bytes = 0;
  if (db.dialect === 'postgres') bytes = Number((await db.get<{ n: number }>(sql`SELECT pg_database_size(current_database()) AS n`))?.n ?? 0);
  else for (const file of [url, `${url}-wal`]) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return { rows, bytes };
}

/** Bytes as "1.2 GB". */
export function humanBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
