/**
 * argon2id password hashes in the PHC string format (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), so the
 * parameters travel with each hash and can be changed later without breaking old ones (`needsRehash`).
 *
 * Of OWASP's equally strong argon2id settings (19 MiB × 2 passes, 12 MiB × 3, 9 MiB × 4, 7 MiB × 5) the archive uses
 * the one with the least memory: each login holds that memory on a thread-pool thread while it runs, and the server
 * keeps much of it afterwards (one login at 19 MiB raised the idle server's RSS by 25 MB at its peak and 7.5 MB after).
 * 7 MiB × 5 costs the same CPU (18 ms here, against 21-34 ms). At most two hashes are computed at once, so a burst of
 * logins queues instead of taking every thread of the pool and its memory four times over.
 */
import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);

interface Params {
  m: number;
  t: number;
  p: number;
}

// `low` keeps the test suite fast.
const COSTS = { standard: { m: 7168, t: 5, p: 1 }, low: { m: 256, t: 1, p: 1 } } as const;
export type PasswordCost = keyof typeof COSTS;

/** Hashes computed at once; the rest wait their turn. */
const MAX_RUNNING = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function derive(password: string, salt: Buffer, { m, t, p }: Params): Promise<Buffer> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await argon2Async('argon2id', { message: password, nonce: salt, memory: m, passes: t, parallelism: p, tagLength: 32 });
  } finally {
    // The turn passes straight to the next in line, so `running` never drops below what is computing.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** Hashes being computed and waiting (for tests). */
export const passwordHashing = (): { running: number; waiting: number } => ({ running, waiting: waiting.length });

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/;

/** Hashes a password into a PHC string. */
export async function hashPassword(password: string, cost: PasswordCost = 'standard'): Promise<string> {
  const params = COSTS[cost];
  const salt = randomBytes(16);
  const hash = await derive(password, salt, params);
  return `$argon2id$v=19$m=${params.m},t=${params.t},p=${params.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Whether `password` matches a stored PHC string. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = PHC.exec(stored);
  if (!match) return false;
  const [, m, t, p, salt, hash] = match;
  const expected = Buffer.from(hash!, 'base64url');
  const actual = await derive(password, Buffer.from(salt!, 'base64url'), { m: Number(m), t: Number(t), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with other parameters than `cost`'s, so a login that matched should hash it again. */
export function needsRehash(stored: string, cost: PasswordCost = 'standard'): boolean {
  const match = PHC.exec(stored);
  const { m, t, p } = COSTS[cost];
  return !match || Number(match[1]) !== m || Number(match[2]) !== t || Number(match[3]) !== p;
}

/** A hash of a random password with the standard parameters, to spend the same time when an account does not exist. */
export const DUMMY_HASH = `$argon2id$v=19$m=${COSTS.standard.m},t=${COSTS.standard.t},p=${COSTS.standard.p}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
