/** Sessions: start one at login, resolve the viewer from a cookie token, end one at logout. */
import { insertSession, extendSession, deleteSession } from '../storage/sessions.ts';
import { liveSessionWithStanding, type MemberStanding } from '../storage/member-standing.ts';
import type { Sql } from '../storage/sql.ts';
import type { Account } from '../domain/account.ts';
import { newToken, hashToken } from './secret-token.ts';
import type { Context } from './context.ts';
import { isBanned } from '../domain/participation.ts';

const DAY = 24 * 3600_000;
/** A "remember me" session lasts a month of inactivity; an ordinary one a day. */
export const SESSION_TTL_MS = { remember: 30 * DAY, ordinary: DAY } as const;

/** A started session: the token for the cookie and when it ends. */
export interface StartedSession {
  token: string;
  expiresAt: number;
  remember: boolean;
}

/** Starts a session for an account; `ipHash` is the keyed hash of the address it came from (services/visitor-keys.ts). */
export async function startSession(ctx: Context, userId: number, remember: boolean, ipHash = ''): Promise<StartedSession> {
  const { token, hash } = newToken();
  const now = ctx.now();
  const expiresAt = now + (remember ? SESSION_TTL_MS.remember : SESSION_TTL_MS.ordinary);
  await insertSession(ctx.db, { tokenHash: hash, userId, remember, now, expiresAt, ipHash });
  return { token, expiresAt, remember };
}

/**
 * The account behind a session token and its standing choices (read with the session, in one query, with the page's
 * `alongside` columns in `row`), extending the session when more than a tenth of it has passed.
 */
export async function viewerFromSession(ctx: Context, token: string, alongside?: Sql): Promise<{ account: Account; standing: MemberStanding; row: Record<string, unknown> } | undefined> {
  const now = ctx.now();
  const hash = hashToken(token);
  const session = await liveSessionWithStanding(ctx.db, hash, now, alongside);
  if (!session) return undefined;
  const ttl = session.remember ? SESSION_TTL_MS.remember : SESSION_TTL_MS.ordinary;
  // Sliding expiry without a write on every request.
  if (session.expiresAt - now < ttl * 0.9) await extendSession(ctx.db, hash, now + ttl);
  const { account } = session;
  // A ban ends every session when it is given; this also covers a session started on a node mid-ban.
  return isBanned(account) ? undefined : { account, standing: session.standing, row: session.row };
}

/** Ends the session of a token. */
export async function endSession(ctx: Context, token: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}
