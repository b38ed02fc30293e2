/**
 * Orphaning (AO3's orphan_account): a work stays in the archive under the `orphan_account` byline and the link to
 * the person who wrote it is cut. The account is created the first time it is needed and can never log in.
 */
import { insertUserOnce, userByLogin, passwordHashOf } from '../storage/users.ts';
import { handOverCreator } from '../storage/work-creators.ts';
import { indexWork } from '../storage/search/index.ts';
import { ORPHAN_EMAIL, ORPHAN_LOGIN, UNUSABLE_PASSWORD_HASH } from '../domain/account-deletion.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import type { Context } from './context.ts';

/** The orphan_account, created in `tx` when it does not exist yet. */
export async function orphanAccount(ctx: Pick<Context, 'now'>, tx: Queryable): Promise<Account> {
  await insertUserOnce(tx, { login: ORPHAN_LOGIN, email: ORPHAN_EMAIL, passwordHash: UNUSABLE_PASSWORD_HASH, role: 'user', emailVerified: false, now: ctx.now() });
  const account = await userByLogin(tx, ORPHAN_LOGIN);
  // The name is reserved at sign-up; an archive older than that rule may have a person by this name, whose
  // account must never receive other people's works.
  if (!account || (await passwordHashOf(tx, account.id)) !== UNUSABLE_PASSWORD_HASH) {
    throw new Error(`The account "${ORPHAN_LOGIN}" belongs to a person; rename it before works can be orphaned.`);
  }
  return account;
}

/** Hands the works to orphan_account in `tx`: the byline changes, and search finds them under the new name. */
export async function orphanWorks(ctx: Pick<Context, 'now'>, tx: Queryable, fromUserId: number, workIds: readonly number[]): Promise<void> {
  if (workIds.length === 0) return;
  const orphan = await orphanAccount(ctx, tx);
  for (const id of workIds) {
    await handOverCreator(tx, id, fromUserId, orphan.id);
    await indexWork(tx, id);
  }
}
