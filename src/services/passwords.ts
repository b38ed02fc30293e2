/**
 * argon2id password hashes in the PHC string format (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), so the
 * parameters travel with each hash and can be raised later without breaking old ones.
 */
import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);

interface Params {
  m: number;
  t: number;
  p: number;
}

// OWASP's argon2id minimum (19 MiB, 2 passes); `low` keeps the test suite fast.
const COSTS = { standard: { m: 19456, t: 2, p: 1 }, low: { m: 256, t: 1, p: 1 } } as const;

async function derive(password: string, salt: Buffer, { m, t, p }: Params): Promise<Buffer> {
  return argon2Async('argon2id', { message: password, nonce: salt, memory: m, passes: t, parallelism: p, tagLength: 32 });
}

/** Hashes a password into a PHC string. */
export async function hashPassword(password: string, cost: keyof typeof COSTS = 'standard'): Promise<string> {
  const params = COSTS[cost];
  const salt = randomBytes(16);
  const hash = await derive(password, salt, params);
  return `$argon2id$v=19$m=${params.m},t=${params.t},p=${params.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Whether `password` matches a stored PHC string. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return false;
  const [, m, t, p, salt, hash] = match;
  const expected = Buffer.from(hash!, 'base64url');
  const actual = await derive(password, Buffer.from(salt!, 'base64url'), { m: Number(m), t: Number(t), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, to spend the same time when an account does not exist. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
