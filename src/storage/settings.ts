/** Site settings: a key-value table (site name, setup state, generated secret). */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A setting's value, or undefined. */
export async function getSetting(db: Queryable, key: string): Promise<string | undefined> {
  return (await db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${key}`))?.value;
}

/** Every setting. */
export async function allSettings(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings`);
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Sets (inserts or replaces) a setting. */
export async function putSetting(db: Queryable, key: string, value: string): Promise<void> {
  await db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** Sets a setting only when it has no value yet; returns the value in force afterwards. */
export async function putSettingOnce(db: Queryable, key: string, value: string): Promise<string> {
  await db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO NOTHING`);
  return (await getSetting(db, key)) ?? value;
}

/** Several settings in one query; missing keys are absent from the map. */
export async function getSettings(db: Queryable, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings WHERE key IN (${sql.join(keys)})`);
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Removes a setting, so its default applies again. */
export async function deleteSetting(db: Queryable, key: string): Promise<void> {
  await db.run(sql`DELETE FROM settings WHERE key = ${key}`);
}
