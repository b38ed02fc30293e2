/**
 * Finding accounts for admins (/admin/users?q=): by the start of a username or email, or by an IP address. Sessions
 * and comments keep a keyed hash of their address, so an address finds the accounts logged in or commenting from it.
 */
import { isIP } from 'node:net';
import { listUsers, usersByIds } from '../storage/users.ts';
import { userIdsByAddress } from '../storage/staff-overview.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';

const LIMIT = 50;

/** What was searched, and the accounts found (newest first). */
export interface UserSearch {
  by: 'name' | 'ip';
  accounts: Account[];
}

/** Searches; `ipHash` turns an address into the hash sessions and comments store (services/visitor-keys.ts `commentIpHash`). */
export async function searchUsers(ctx: Context, viewer: Viewer, q: string, ipHash: (ip: string) => string): Promise<UserSearch> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const query = q.trim();
  if (isIP(query)) {
    const ids = await userIdsByAddress(ctx.db, ipHash(query), LIMIT);
    return { by: 'ip', accounts: (await usersByIds(ctx.db, ids)).sort((a, b) => b.id - a.id) };
  }
  return { by: 'name', accounts: await listUsers(ctx.db, query, LIMIT) };
}
