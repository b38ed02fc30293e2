/**
 * Checking the database itself after a crash: every acknowledged write must be there (comments and chapters by
 * their token, kudos and bookmarks by work and account), and a SQLite file must pass `PRAGMA integrity_check`.
 */
import { openDatabase } from '../src/storage/db.ts';
import { sql, type Sql } from '../src/storage/sql.ts';
import type { Ack } from './chaos-clients.ts';

const TOKEN = /\b(s\d+c\d+n\d+)\b/;

/** The acknowledged writes that are not in the database at `url`. */
export async function lostWrites(url: string, acks: readonly Ack[]): Promise<Ack[]> {
  const db = await openDatabase(url);
  try {
    const tokens = async (query: Sql) => new Set((await db.all<{ text: string }>(query)).map((r) => TOKEN.exec(r.text)?.[1]));
    const pairs = async (table: 'kudos' | 'bookmarks') => new Set((await db.all<{ work_id: number; login: string }>(
      sql`SELECT t.work_id, u.login FROM ${sql.raw(table)} t JOIN users u ON u.id = t.user_id`)).map((r) => `${Number(r.work_id)}/${r.login}`));
    const found = {
      comment: await tokens(sql`SELECT body_source AS text FROM comments WHERE body_source LIKE ${'Chaos comment %'}`),
      chapter: await tokens(sql`SELECT title AS text FROM chapters WHERE title LIKE ${'Chaos chapter %'}`),
      kudos: await pairs('kudos'),
      bookmark: await pairs('bookmarks'),
    };
    return acks.filter((a) => !(a.kind === 'comment' || a.kind === 'chapter' ? found[a.kind].has(a.token) : found[a.kind].has(`${a.workId}/${a.login}`)));
  } finally {
    await db.close();
  }
}

/** `PRAGMA integrity_check` of the SQLite file at `path`: 'ok', or what it reported. */
export async function integrityCheck(path: string): Promise<string> {
  const db = await openDatabase(path);
  try {
    const rows = await db.all<{ integrity_check: string }>(sql`PRAGMA integrity_check`);
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    await db.close();
  }
}
