/**
 * A signed-in request's one query: the session, its member's account and their standing choices (whether their
 * blocklist holds anything, their default filter, their reading preferences, whether they keep a reading history)
 * and unread inbox count. Every page a member asks for consults these; on PostgreSQL each was a round trip of its
 * own. A page may add columns of its own (`alongside`, reading the member's id as `s.user_id`), so that its member's
 * parts come in the same round trip.
 */
import { compile, sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { SessionRow } from './sessions.ts';
import { accountColumnsOf, toAccount, type UserRow } from './users.ts';
import { unreadInboxCountsOf } from './inbox.ts';
import { readUnlessChanged } from './unchanged-reads.ts';
import type { Account } from '../domain/account.ts';

/** What a member chose that shapes every page they read, and what waits for them. */
export interface MemberStanding {
  /** Anything on their blocklist. */
  blocking: boolean;
  /** Their default filter's query, or '' when none is chosen. */
  defaultFilter: string;
  /** Their saved reading preferences as stored, or undefined when never saved. */
  preferencesJson: string | undefined;
  /** They keep a reading history (on unless they turned it off). */
  historyEnabled: boolean;
  /** Their unread inbox entries, as the inbox page counts them. */
  inboxUnread: number;
}

interface Row extends UserRow {
  user_id: number;
  remember: number | boolean;
  expires_at: number;
  blocking: number | boolean;
  default_filter: string | null;
  preferences: string | null;
  history: number | boolean | null;
  c: number;
  n: number;
}

/** A live session as read with its member's account, standing, and the row holding any columns the page added. */
export type LiveSession = SessionRow & { account: Account; standing: MemberStanding; row: Record<string, unknown> };

/** The member's id in `alongside` columns. */
export const SESSION_USER_ID = sql`s.user_id`;

/**
 * The session for a token hash, if it has not expired, with its member's account and standing (and `alongside`).
 * A read kept while nothing it read has changed serves (unchanged-reads.ts): it answers for any later moment but for
 * the session's expiry, checked here.
 */
export async function liveSessionWithStanding(db: Queryable, tokenHash: string, now: number, alongside?: Sql): Promise<LiveSession | undefined> {
  const key = alongside ? `session ${tokenHash} ${keyOf(alongside)}` : `session ${tokenHash}`;
  const kept = await readUnlessChanged(db, key, async () => ({ readAt: now, session: await readSession(db, tokenHash, now, alongside) }), (read) => read.session?.userId);
  if (now < kept.readAt) return readSession(db, tokenHash, now, alongside);
  return kept.session && kept.session.expiresAt > now ? kept.session : undefined;
}

/** An SQL fragment's text and values, as a key. */
function keyOf(fragment: Sql): string {
  const { text, params } = compile(fragment, () => '?');
  return `${text} ${JSON.stringify(params)}`;
}

async function readSession(db: Queryable, tokenHash: string, now: number, alongside?: Sql): Promise<LiveSession | undefined> {
  const row = await db.get<Row>(sql`SELECT s.user_id, s.remember, s.expires_at, ${accountColumnsOf('u')},
      EXISTS (SELECT 1 FROM blocklist b WHERE b.user_id = s.user_id) AS blocking,
      (SELECT f.query FROM saved_filters f WHERE f.user_id = s.user_id AND f.is_default = ${true} LIMIT 1) AS default_filter,
      (SELECT p.data FROM preferences p WHERE p.user_id = s.user_id) AS preferences,
      (SELECT r.history_enabled FROM reading_settings r WHERE r.user_id = s.user_id) AS history,
      ${unreadInboxCountsOf(SESSION_USER_ID)}${alongside ? sql`, ${alongside}` : sql``}
    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now}`);
  if (!row) return undefined;
  return {
    userId: Number(row.user_id),
    remember: Boolean(row.remember),
    expiresAt: Number(row.expires_at),
    account: toAccount(row),
    standing: {
      blocking: Boolean(row.blocking),
      defaultFilter: row.default_filter ?? '',
      preferencesJson: row.preferences ?? undefined,
      historyEnabled: row.history == null ? true : Boolean(row.history),
      inboxUnread: Number(row.c) + Number(row.n),
    },
    row: row as unknown as Record<string, unknown>,
  };
}
