/** The legacy_ids table: which new row an old archive's id became, per kind ('user', 'work', 'chapter', 'category', …). */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** The kind of an imported pen name (lower-cased) that is not its account's login; members may log in with it. */
export const PEN_NAME = 'penname';

/** The new id an old id was imported as, if it was. */
export async function legacyId(db: Queryable, kind: string, oldId: string | number): Promise<number | undefined> {
  const row = await db.get<{ new_id: number }>(sql`SELECT new_id FROM legacy_ids WHERE kind = ${kind} AND old_id = ${String(oldId)}`);
  return row ? Number(row.new_id) : undefined;
}

/** Records that an old id became a new one (a repeat is ignored). */
export async function putLegacyId(db: Queryable, kind: string, oldId: string | number, newId: number): Promise<void> {
  await db.run(sql`INSERT INTO legacy_ids (kind, old_id, new_id) VALUES (${kind}, ${String(oldId)}, ${newId}) ON CONFLICT (kind, old_id) DO NOTHING`);
}

/** Every old → new id of one kind. */
export async function legacyIdsOf(db: Queryable, kind: string): Promise<Map<string, number>> {
  const rows = await db.all<{ old_id: string; new_id: number }>(sql`SELECT old_id, new_id FROM legacy_ids WHERE kind = ${kind}`);
  return new Map(rows.map((r) => [r.old_id, Number(r.new_id)]));
}

/** The old MD5 password hash of an imported account, if it has not logged in since. */
export async function legacyMd5Of(db: Queryable, userId: number): Promise<string | null> {
  const row = await db.get<{ legacy_md5: string | null }>(sql`SELECT legacy_md5 FROM users WHERE id = ${userId}`);
  return row?.legacy_md5 ?? null;
}

/** Stores (or, with null, clears) an account's old MD5 password hash. */
export async function setLegacyMd5(db: Queryable, userId: number, md5: string | null): Promise<void> {
  await db.run(sql`UPDATE users SET legacy_md5 = ${md5} WHERE id = ${userId}`);
}
