/** The mail outbox: every message sent or waiting, newest last. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A stored message. */
export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: number;
  sentAt: number | null;
}

/** Adds a message; returns its id. */
export async function addToOutbox(db: Queryable, m: { to: string; subject: string; text: string }, now: number): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO outbox (to_address, subject, body, created_at) VALUES (${m.to}, ${m.subject}, ${m.text}, ${now}) RETURNING id`);
  return Number(row!.id);
}

/** Marks a message sent. */
export async function markSent(db: Queryable, id: number, now: number): Promise<void> {
  await db.run(sql`UPDATE outbox SET sent_at = ${now} WHERE id = ${id}`);
}

/** Messages to one address, newest first. */
export async function outboxFor(db: Queryable, to: string, limit = 20): Promise<OutboxMessage[]> {
  const rows = await db.all<{ id: number; to_address: string; subject: string; body: string; created_at: number; sent_at: number | null }>(
    sql`SELECT id, to_address, subject, body, created_at, sent_at FROM outbox WHERE to_address = ${to} ORDER BY id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: Number(r.id), to: r.to_address, subject: r.subject, body: r.body, createdAt: Number(r.created_at), sentAt: r.sent_at == null ? null : Number(r.sent_at) }));
}
