/**
 * Where `quire serve` keeps its listing index snapshot (src/listing-index/snapshot.ts): next to the SQLite file, or
 * for PostgreSQL a file in DATA_DIR named after the database. A local file rather than a table or large object:
 * ~200 MB at 1M works rewritten every few minutes would go through PostgreSQL's WAL, its replicas and its backups,
 * and every node would read it back over the network at start; a node without one (a new machine) loads fully
 * once and writes its own. LISTING_SNAPSHOT names another file, or `off`.
 */
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';

/** The snapshot file of this archive, or null when snapshots are off (or the database is in memory). */
export function listingSnapshotPath(config: Pick<Config, 'databaseUrl' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.LISTING_SNAPSHOT?.trim();
  if (chosen === 'off' || chosen === '0') return null;
  if (chosen) return resolve(chosen);
  const url = config.databaseUrl;
  if (!/^postgres(ql)?:\/\//.test(url)) return url === ':memory:' ? null : `${resolve(url)}.listing-index`;
  let name = 'postgres';
  try {
    name = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || name;
  } catch {
    // An unreadable URL fails to connect before any snapshot is read; the default name does no harm meanwhile.
  }
  return join(config.dataDir, `listing-index-${name.replace(/[^\w.-]/g, '_')}.snapshot`);
}
