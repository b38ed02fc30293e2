/** The autosaves table: one copy of an open form per account and form key, replaced on each save. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A stored copy of a form: its fields as JSON and when it was saved. */
export interface AutosaveRow {
  payload: string;
  savedAt: number;
}

/** Stores (or replaces) the copy of a form. */
export async function putAutosave(db: Queryable, userId: number, formKey: string, payload: string, now: number): Promise<void> {
  await db.run(sql`INSERT INTO autosaves (user_id, form_key, payload, saved_at) VALUES (${userId}, ${formKey}, ${payload}, ${now})
    ON CONFLICT (user_id, form_key) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at`);
}

/** The copy of a form, if any. */
export async function autosaveOf(db: Queryable, userId: number, formKey: string): Promise<AutosaveRow | undefined> {
  const row = await db.get<{ payload: string; saved_at: number }>(sql`SELECT payload, saved_at FROM autosaves WHERE user_id = ${userId} AND form_key = ${formKey}`);
  return row && { payload: row.payload, savedAt: Number(row.saved_at) };
}

/** Forgets the copy of a form. */
export async function deleteAutosave(db: Queryable, userId: number, formKey: string): Promise<void> {
  await db.run(sql`DELETE FROM autosaves WHERE user_id = ${userId} AND form_key = ${formKey}`);
}
