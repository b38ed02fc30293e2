/** The pseuds table: an account's names, exactly one of them its default (see migration 0021). */
import { sql, type Sql } from './sql.ts';
import type { Dialect, Queryable } from './db.ts';
import { pseudKey, type Pseud, type PseudInput } from '../domain/pseud.ts';

interface PseudRow { id: number; user_id: number; name: string; icon_alt: string; description: string; is_default: boolean | number; created_at: number }

const COLUMNS = sql`id, user_id, name, icon_alt, description, is_default, created_at`;
const toPseud = (r: PseudRow): Pseud => ({
  id: Number(r.id), userId: Number(r.user_id), name: r.name, iconAlt: r.icon_alt, description: r.description,
  isDefault: Boolean(r.is_default), createdAt: Number(r.created_at),
});

const JSON_FIELDS = ['id', 'user_id', 'name', 'icon_alt', 'description', 'is_default', 'created_at'].map((c) => `'${c}', p.${c}`).join(', ');
const JSON_ORDER = 'ORDER BY p.is_default DESC, p.name_key, p.id';
const JSON_ARRAY: Record<Dialect, Sql> = {
  postgres: sql.raw(`json_agg(json_build_object(${JSON_FIELDS}) ${JSON_ORDER})`),
  sqlite: sql.raw(`json_group_array(json_object(${JSON_FIELDS}) ${JSON_ORDER})`),
};

/**
 * The pseuds of the account `userId` (an expression of the enclosing query) as one column, `pseuds_json`, in
 * `pseudsOf`'s order: a page reads them with the session's query (web/reader-parts.ts).
 */
export const pseudsColumn = (dialect: Dialect, userId: Sql): Sql => sql`(SELECT ${JSON_ARRAY[dialect]} FROM pseuds p WHERE p.user_id = ${userId}) AS pseuds_json`;

/** The pseuds `pseudsColumn` read (PostgreSQL's driver parses JSON itself; SQLite's is text; no pseuds is NULL on PostgreSQL). */
export function pseudsFromColumn(value: unknown): Pseud[] {
  const rows = (typeof value === 'string' ? JSON.parse(value) : value ?? []) as PseudRow[];
  return rows.map(toPseud);
}

/** Gives the accounts `which` picks (a condition on users `u`) that have no default pseud one, named as their login. */
const insertDefaultPseuds = (which: Sql): Sql => sql`INSERT INTO pseuds (user_id, name, name_key, is_default, created_at)
    SELECT u.id, u.login, u.login_key, ${true}, u.created_at FROM users u
    WHERE ${which} AND NOT EXISTS (SELECT 1 FROM pseuds p WHERE p.user_id = u.id AND p.is_default)
    ON CONFLICT DO NOTHING`;

/** Gives an account its default pseud, named as its login, unless it has one. */
export async function ensureDefaultPseud(db: Queryable, userId: number): Promise<void> {
  await db.run(insertDefaultPseuds(sql`u.id = ${userId}`));
}

/** Gives every account without a default pseud one (accounts inserted in bulk, as bench-data does). */
export async function ensureDefaultPseuds(db: Queryable): Promise<void> {
  await db.run(insertDefaultPseuds(sql`TRUE`));
}

/** An account's pseuds: the default first, then by name. */
export async function pseudsOf(db: Queryable, userId: number): Promise<Pseud[]> {
  const rows = await db.all<PseudRow>(sql`SELECT ${COLUMNS} FROM pseuds WHERE user_id = ${userId} ORDER BY is_default DESC, name_key, id`);
  return rows.map(toPseud);
}

/** One of an account's pseuds by name (any case). */
export async function pseudByName(db: Queryable, userId: number, name: string): Promise<Pseud | undefined> {
  const row = await db.get<PseudRow>(sql`SELECT ${COLUMNS} FROM pseuds WHERE user_id = ${userId} AND name_key = ${pseudKey(name)}`);
  return row && toPseud(row);
}

/** A pseud by id. */
export async function pseudById(db: Queryable, id: number): Promise<Pseud | undefined> {
  const row = await db.get<PseudRow>(sql`SELECT ${COLUMNS} FROM pseuds WHERE id = ${id}`);
  return row && toPseud(row);
}

/** Adds a pseud; undefined when the account already has one of that name. */
export async function insertPseud(db: Queryable, userId: number, p: PseudInput, now: number): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO pseuds (user_id, name, name_key, icon_alt, description, is_default, created_at)
    VALUES (${userId}, ${p.name.trim()}, ${pseudKey(p.name)}, ${p.iconAlt}, ${p.description}, ${false}, ${now})
    ON CONFLICT (user_id, name_key) DO NOTHING RETURNING id`);
  return row ? Number(row.id) : undefined;
}

/** Changes a pseud; false when another of the account's pseuds has the new name. */
export async function updatePseud(db: Queryable, id: number, p: PseudInput): Promise<boolean> {
  const key = pseudKey(p.name);
  const r = await db.run(sql`UPDATE pseuds SET name = ${p.name.trim()}, name_key = ${key}, icon_alt = ${p.iconAlt}, description = ${p.description}
    WHERE id = ${id} AND NOT EXISTS (SELECT 1 FROM pseuds o WHERE o.user_id = pseuds.user_id AND o.name_key = ${key} AND o.id <> ${id})`);
  return r.changes > 0;
}

/** Names the default pseud (an imported author's pen name); false when another of their pseuds has that name. */
export async function renameDefaultPseud(db: Queryable, userId: number, name: string): Promise<boolean> {
  await ensureDefaultPseud(db, userId);
  const key = pseudKey(name);
  const r = await db.run(sql`UPDATE pseuds SET name = ${name.trim()}, name_key = ${key} WHERE user_id = ${userId} AND is_default = ${true}
    AND NOT EXISTS (SELECT 1 FROM pseuds o WHERE o.user_id = ${userId} AND o.name_key = ${key} AND o.is_default = ${false})`);
  return r.changes > 0;
}

/** Deletes a (non-default) pseud: what was posted as it falls back to the account's default pseud (a NULL pseud_id). */
export async function deletePseud(db: Queryable, id: number): Promise<void> {
  await db.run(sql`UPDATE work_creators SET pseud_id = NULL WHERE pseud_id = ${id}`);
  await db.run(sql`UPDATE comments SET pseud_id = NULL WHERE pseud_id = ${id}`);
  await db.run(sql`UPDATE bookmarks SET pseud_id = NULL WHERE pseud_id = ${id}`);
  await db.run(sql`DELETE FROM pseuds WHERE id = ${id} AND is_default = ${false}`);
}

/** Ids of the works (not deleted) a creator credited to a pseud; `isDefault` counts rows that chose none. */
export async function workIdsOfPseud(db: Queryable, userId: number, pseud: Pick<Pseud, 'id' | 'isDefault'>): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT wc.work_id FROM work_creators wc JOIN works w ON w.id = wc.work_id
    WHERE wc.user_id = ${userId} AND w.deleted_at IS NULL AND (wc.pseud_id = ${pseud.id}${pseud.isDefault ? sql` OR wc.pseud_id IS NULL` : sql``})`);
  return rows.map((r) => Number(r.work_id));
}

/** Sets the pseud a creator is credited as on a work (NULL: their default). */
export async function setCreatorPseud(db: Queryable, workId: number, userId: number, pseudId: number | null): Promise<void> {
  await db.run(sql`UPDATE work_creators SET pseud_id = ${pseudId} WHERE work_id = ${workId} AND user_id = ${userId} AND pseud_id IS DISTINCT FROM ${pseudId}`);
}

/** The pseud a creator is credited as on a work: its id, or their default pseud's when they chose none. */
export async function creditedPseudId(db: Queryable, workId: number, userId: number): Promise<number | undefined> {
  const row = await db.get<{ id: number | null }>(sql`SELECT COALESCE(p.id, d.id) AS id FROM work_creators wc
    LEFT JOIN pseuds p ON p.id = wc.pseud_id AND p.user_id = wc.user_id LEFT JOIN pseuds d ON d.user_id = wc.user_id AND d.is_default
    WHERE wc.work_id = ${workId} AND wc.user_id = ${userId}`);
  return row?.id == null ? undefined : Number(row.id);
}

/** Sets the pseud a comment was posted as (NULL: the writer's default). */
export async function setCommentPseud(db: Queryable, commentId: number, pseudId: number | null): Promise<void> {
  await db.run(sql`UPDATE comments SET pseud_id = ${pseudId} WHERE id = ${commentId}`);
}

