/**
 * PostgreSQL's search GIN indexes, dropped while the generator writes and built once at the end. Kept in place,
 * every batch merged its pending list into an ever larger index through random page reads and writes: the rate
 * fell from ~650 to ~330 works/s by 240,000 works (measured); one build per index sorts in memory instead.
 */
import { totalmem } from 'node:os';
import { sql } from '../storage/sql.ts';
import type { Database } from '../storage/db.ts';

/** Drops the GIN indexes of the search tables; the returned function re-creates them, two at a time, from their own definitions. */
export async function deferSearchIndexes(db: Database): Promise<() => Promise<void>> {
  const indexes = await db.all<{ name: string; def: string }>(sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN ('search_works', 'search_chapters', 'search_work_pairs') AND indexdef LIKE '% USING gin %' ORDER BY indexname`);
  for (const i of indexes) await db.exec(`DROP INDEX ${i.name}`);
  // GIN builds are very sensitive to this memory (PostgreSQL's docs say so): the 1M-work pairs index took 9.7 min
  // with 512 MB. An eighth of the machine's memory per build, within 256 MB and 2 GB.
  const memory = Math.max(256, Math.min(2048, Math.floor(totalmem() / 8 / 2 ** 20)));
  const build = (def: string) => db.transaction(async (tx) => {
    await tx.run(sql`SET LOCAL maintenance_work_mem = ${sql.raw(`'${memory}MB'`)}`);
    await tx.exec(def);
  });
  // Each build runs on its own pooled connection, so the two largest use both cores.
  return async () => { await Promise.all(indexes.map((i) => build(i.def))); };
}
