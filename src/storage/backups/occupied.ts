/** Whether a database already holds an archive that a restore would overwrite. */
import { sql } from '../sql.ts';
import type { Database } from '../db.ts';

/**
 * An archive counts as in use once it has an account or a work. A database that only has the schema (after
 * `quire migrate`, or a server started once) holds nothing a restore could lose.
 */
export async function archiveContents(db: Database): Promise<{ users: number; works: number } | undefined> {
  const count = async (table: 'users' | 'works') => {
    const query = table === 'users' ? sql`SELECT COUNT(*) AS n FROM users` : sql`SELECT COUNT(*) AS n FROM works`;
    // A table that does not exist yet (an empty database) holds nothing; any other failure (no connection) is not
    // evidence of an empty database and goes to the caller.
    const row = await db.get<{ n: number }>(query).catch((error: Error & { code?: string }) => {
      if (error.code === '42P01' || /no such table/.test(error.message)) return undefined;
      throw error;
    });
    return Number(row?.n ?? 0);
  };
  const users = await count('users');
  const works = await count('works');
  return users || works ? { users, works } : undefined;
}
