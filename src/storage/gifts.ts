/** The gifts table (migration 26): who each work is for, and which gifts their recipients refused. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { giftKey, type GiftRecipient } from '../domain/gift.ts';

/** One gift as a work shows it: a member (their login and the pseud named) or a free-text name. */
export interface GiftRef {
  /** The recipient's account, or null for a free-text recipient. */
  userId: number | null;
  login: string | null;
  /** The pseud named (the member's default when none was), or the free-text name. */
  name: string;
  refused: boolean;
}

interface GiftRow { work_id: number; recipient_id: number | null; login: string | null; pseud: string | null; recipient_name: string; refused_at: number | null }

/**
 * Gifts of many works in the order they were given. A pseud counts only while it belongs to the recipient, and the
 * default pseud stands in when none (or no longer any) was named, as bylines do.
 */
export async function giftsOfWorks(db: Queryable, workIds: readonly number[], withRefused = false): Promise<Map<number, GiftRef[]>> {
  const out = new Map<number, GiftRef[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  const rows = await db.all<GiftRow>(sql`SELECT g.work_id, g.recipient_id, u.login, COALESCE(p.name, d.name, u.login) AS pseud, g.recipient_name, g.refused_at
    FROM gifts g LEFT JOIN users u ON u.id = g.recipient_id
    LEFT JOIN pseuds p ON p.id = g.pseud_id AND p.user_id = g.recipient_id LEFT JOIN pseuds d ON d.user_id = g.recipient_id AND d.is_default
    WHERE g.work_id IN (${sql.join(workIds)})${withRefused ? sql`` : sql` AND g.refused_at IS NULL`} ORDER BY g.work_id, g.id`);
  for (const r of rows) {
    const member = r.recipient_id != null;
    out.get(Number(r.work_id))?.push({ userId: member ? Number(r.recipient_id) : null, login: r.login, name: member ? (r.pseud ?? '') : r.recipient_name, refused: r.refused_at != null });
  }
  return out;
}

/**
 * Makes a work's gifts the ones given: gifts no longer named go, new ones are added, a member's pseud follows the
 * name typed. Refused gifts stay as they are whatever is typed, so a giver cannot hand back what was refused.
 * `giverId` is recorded on the gifts it adds (the recipient's notice names them).
 */
export async function writeGifts(db: Queryable, workId: number, recipients: readonly GiftRecipient[], now: number, giverId: number): Promise<void> {
  const keys = recipients.map(giftKey);
  await db.run(sql`DELETE FROM gifts WHERE work_id = ${workId} AND refused_at IS NULL${keys.length ? sql` AND name_key NOT IN (${sql.join(keys)})` : sql``}`);
  for (const r of recipients) {
    const member = r.kind === 'member';
    await db.run(sql`INSERT INTO gifts (work_id, recipient_id, pseud_id, recipient_name, name_key, given_by, created_at)
      VALUES (${workId}, ${member ? r.userId : null}, ${member ? r.pseudId : null}, ${member ? '' : r.name.trim()}, ${giftKey(r)}, ${giverId}, ${now})
      ON CONFLICT (work_id, name_key) DO UPDATE SET pseud_id = excluded.pseud_id, recipient_name = excluded.recipient_name
      WHERE gifts.refused_at IS NULL AND (gifts.pseud_id IS DISTINCT FROM excluded.pseud_id OR gifts.recipient_name <> excluded.recipient_name)`);
  }
}

/** Ids of the works given to a member, newest gift first: those they accepted, or (`refused`) those they refused. */
export async function giftWorkIdsOf(db: Queryable, userId: number, refused: boolean): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT g.work_id FROM gifts g JOIN works w ON w.id = g.work_id
    WHERE g.recipient_id = ${userId} AND w.deleted_at IS NULL AND g.refused_at IS ${refused ? sql`NOT NULL` : sql`NULL`} ORDER BY g.created_at DESC, g.id DESC`);
  return rows.map((r) => Number(r.work_id));
}

/** Refuses a member's gift (a time) or accepts it again (null); false when the work is no gift to them. */
export async function setGiftRefused(db: Queryable, workId: number, userId: number, refusedAt: number | null): Promise<boolean> {
  const r = await db.run(sql`UPDATE gifts SET refused_at = ${refusedAt} WHERE work_id = ${workId} AND recipient_id = ${userId}`);
  return r.changes > 0;
}

/** Every account's pseud of this name (any case), as [account, pseud, whether it is the default]. */
export async function pseudsNamed(db: Queryable, nameKey: string): Promise<{ userId: number; pseudId: number; isDefault: boolean }[]> {
  const rows = await db.all<{ user_id: number; id: number; is_default: boolean | number }>(sql`SELECT user_id, id, is_default FROM pseuds WHERE name_key = ${nameKey} ORDER BY user_id LIMIT 5`);
  return rows.map((r) => ({ userId: Number(r.user_id), pseudId: Number(r.id), isDefault: Boolean(r.is_default) }));
}

/** Whether `userId` has blocked `otherId` (their blocklist's user entries). */
export async function hasBlockedUser(db: Queryable, userId: number, otherId: number): Promise<boolean> {
  return (await db.get(sql`SELECT 1 AS x FROM blocklist WHERE user_id = ${userId} AND kind = ${'user'} AND target_id = ${otherId}`)) !== undefined;
}

/** A member's gift whose recipient has not been told yet. */
export interface UntoldGift { id: number; recipientId: number; givenBy: number | null }

/** A work's gifts to members that are neither refused nor told yet. */
export async function untoldGifts(db: Queryable, workId: number): Promise<UntoldGift[]> {
  const rows = await db.all<{ id: number; recipient_id: number; given_by: number | null }>(sql`SELECT id, recipient_id, given_by FROM gifts
    WHERE work_id = ${workId} AND recipient_id IS NOT NULL AND refused_at IS NULL AND notified_at IS NULL ORDER BY id`);
  return rows.map((r) => ({ id: Number(r.id), recipientId: Number(r.recipient_id), givenBy: r.given_by == null ? null : Number(r.given_by) }));
}

/** Marks a gift's recipient told; false when someone else did first (so each recipient is told once). */
export async function claimGiftNotice(db: Queryable, giftId: number, now: number): Promise<boolean> {
  return (await db.run(sql`UPDATE gifts SET notified_at = ${now} WHERE id = ${giftId} AND notified_at IS NULL`)).changes > 0;
}
