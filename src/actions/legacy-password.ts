/**
 * Accounts imported from eFiction keep their old unsalted MD5 hash until their first login: a matching password
 * is rehashed with argon2id on the spot and the MD5 is forgotten, so the weak hash is checked at most once.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { legacyMd5Of, setLegacyMd5 } from '../storage/legacy-ids.ts';
import { updatePasswordHash } from '../storage/users.ts';
import { hashPassword } from '../services/passwords.ts';
import type { Context } from './context.ts';

/** Whether `password` matches the account's legacy MD5; when it does, the password is rehashed and the MD5 cleared. */
export async function upgradeLegacyPassword(ctx: Context, userId: number, password: string): Promise<boolean> {
  const legacy = await legacyMd5Of(ctx.db, userId);
  if (!legacy || !/^[0-9a-f]{32}$/i.test(legacy)) return false;
  const given = createHash('md5').update(password, 'utf8').digest();
  // eFiction hashed whatever bytes the browser sent; pages declared ISO-8859-1, so try that too.
  const latin1 = createHash('md5').update(password, 'latin1').digest();
  const stored = Buffer.from(legacy, 'hex');
  if (!timingSafeEqual(given, stored) && !timingSafeEqual(latin1, stored)) return false;
  const hash = await hashPassword(password, ctx.passwordCost);
  await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, userId, hash);
    await setLegacyMd5(tx, userId, null);
  });
  return true;
}
