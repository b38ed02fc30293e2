/** `quire migrate`: applies pending migrations. */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../storage/db.ts';
import { migrate, schemaVersion } from '../storage/migrate.ts';

/** Applies migrations and prints what changed. */
export async function run(): Promise<number> {
  const db = await openDatabase(loadConfig().databaseUrl);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.');
    console.log(`Schema version ${await schemaVersion(db)}.`);
    return 0;
  } finally {
    await db.close();
  }
}
