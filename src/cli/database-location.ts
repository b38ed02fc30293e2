/** Where an archive's database is, said for people: never with the password a postgres:// URL may carry. */
import { resolve } from 'node:path';

/** "the SQLite file /abs/path/quire.db" or "PostgreSQL database quire on db.internal:5432 (user quire)". */
export function databaseLocation(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return `the SQLite file ${url === ':memory:' ? url : resolve(url)}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'a PostgreSQL database (DATABASE_URL could not be read as a URL)';
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  const user = parsed.username ? ` (user ${decodeURIComponent(parsed.username)})` : '';
  return `PostgreSQL database ${name} on ${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${user}`;
}
