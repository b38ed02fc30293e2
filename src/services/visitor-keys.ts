/**
 * Who a visitor is, for counting hits and guest kudos, without storing addresses: accounts by id, guests by
 * an HMAC of their address that changes every day. The key is the site secret every app node shares, so all
 * nodes derive the same visitor key, while a leaked table cannot be reversed into addresses by brute force.
 */
import { createHmac } from 'node:crypto';
import { LruMap } from './lru-map.ts';
import { secretKey } from './secret-key.ts';

const digest = (secret: string, parts: readonly (string | number)[]): string =>
  createHmac('sha256', secretKey(secret)).update(parts.join('\u0000')).digest('base64url').slice(0, 22);

/**
 * Guests' hit keys made lately, in memory only: a reader paging through a work needs the same key on every page, and
 * the HMAC was the largest single cost of sending a cached page (8.6 % of its CPU in a profile). Bounded; a memo key
 * with an overlong user agent is not kept.
 */
const recentHitKeys = new LruMap<string, string>(2048);
const MAX_MEMO_KEY = 512;

/** The visitor of a work page on `day`: the account, or (IP, user agent) salted by the day. */
export function hitVisitorKey(secret: string, visit: { userId: number | undefined; ip: string; userAgent: string; day: number }): string {
  if (visit.userId !== undefined) return `u${visit.userId}`;
  const key = (): string => `g${digest(secret, ['hit', visit.day, visit.ip, visit.userAgent])}`;
  const memo = `${visit.day}\u0000${visit.ip}\u0000${visit.userAgent}\u0000${secret}`;
  return memo.length <= MAX_MEMO_KEY ? recentHitKeys.remember(memo, key) : key();
}

/** A guest's kudos key: one address, one day (guests may leave kudos again from the same address tomorrow). */
export function guestKudosKey(secret: string, ip: string, day: number): string {
  return `${day}:${digest(secret, ['kudos', day, ip])}`;
}

/** A visitor's address as comments (for spam checks), reports and sessions (for staff's account search) keep it, never stored itself. */
export function commentIpHash(secret: string, ip: string): string {
  return digest(secret, ['comment', ip]);
}
