/**
 * Multi-row INSERTs through the `sql` tag for both databases. Rows go in chunks of a power of two and the remainder
 * in smaller powers of two, so each table has only a handful of distinct statement texts to prepare and cache.
 */
import { sql, type Sql, type SqlValue } from '../storage/sql.ts';
import type { Queryable } from '../storage/db.ts';
import { tagKey } from '../domain/tag-list.ts';
import { loginKey } from '../domain/account.ts';
import type { ArchiveModel } from './archive-model.ts';
import { START } from './archive-model.ts';
import type { IdMaps } from './batch-rows.ts';
import { ensureDefaultPseuds } from '../storage/pseuds.ts';
import { inSlices } from '../storage/slices.ts';

/** A row's values: plain values are bound, `Sql` fragments (e.g. `to_tsvector(…)`) spliced in. */
export type Row = readonly (SqlValue | Sql)[];

// Below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
const MAX_PARAMS = 30_000;

function chunkSize(columns: number): number {
  let size = 1;
  while (size * 2 <= 512 && size * 2 * columns <= MAX_PARAMS) size *= 2;
  return size;
}

/** Inserts `rows` into `table`; `suffix` is appended to each statement (e.g. an ON CONFLICT clause). */
export async function insertRows(db: Queryable, table: string, columns: readonly string[], rows: readonly Row[], suffix = ''): Promise<void> {
  const head = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES `);
  const tail = sql.raw(suffix ? ` ${suffix}` : '');
  await inSlices(rows, async (slice) => {
    await db.run(sql`${head}${sql.join(slice.map((r) => sql`(${sql.join(r)})`))}${tail}`);
  }, chunkSize(columns.length));
}

/** A password hash no password matches: generated members who cannot log in. */
export const NO_LOGIN = '!';

/**
 * Creates the model's users and tags (skipping those already there) and returns their database ids. Every user gets
 * the same `passwordHash` (one argon2id string hashed once: benchmark members share a password, and hashing each of
 * tens of thousands would take minutes).
 */
export async function seedUsersAndTags(db: Queryable, model: ArchiveModel, passwordHash = NO_LOGIN): Promise<IdMaps> {
  const userRows = model.users.map((login) => [login, loginKey(login), `${login}@bench.invalid`, `${login}@bench.invalid`, START, passwordHash, 'user', START]);
  await insertRows(db, 'users', ['login', 'login_key', 'email', 'email_key', 'email_verified_at', 'password_hash', 'role', 'created_at'], userRows, 'ON CONFLICT DO NOTHING');
  // Every account has its default pseud (migration 0021), named as its login.
  await ensureDefaultPseuds(db);
  const tagRows = model.tags.tags.map((t) => [t.kind, t.name, tagKey(t.name), t.canonical, t.media, START]);
  await insertRows(db, 'tags', ['kind', 'name', 'name_key', 'canonical', 'media', 'created_at'], tagRows, 'ON CONFLICT DO NOTHING');
  const userIds = new Map<string, number>();
  for (const r of await db.all<{ id: number; login_key: string }>(sql`SELECT id, login_key FROM users`)) userIds.set(r.login_key, Number(r.id));
  const tagIds = new Map<string, number>();
  for (const r of await db.all<{ id: number; kind: string; name_key: string }>(sql`SELECT id, kind, name_key FROM tags`)) tagIds.set(`${r.kind}:${r.name_key}`, Number(r.id));
  return {
    users: model.users.map((login) => userIds.get(loginKey(login))!),
    tags: model.tags.tags.map((t) => tagIds.get(`${t.kind}:${tagKey(t.name)}`)!),
  };
}

/** The next id of each table the works batches write. */
export async function nextIds(db: Queryable): Promise<{ work: number; chapter: number; comment: number; bookmark: number }> {
  const next = async (table: string) => Number((await db.get<{ m: number | null }>(sql`SELECT MAX(id) AS m FROM ${sql.raw(table)}`))?.m ?? 0) + 1;
  return { work: await next('works'), chapter: await next('chapters'), comment: await next('comments'), bookmark: await next('bookmarks') };
}
