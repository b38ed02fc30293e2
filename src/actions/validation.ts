/**
 * The new-author validation queue's entrance (eFiction's autovalidate off): when the archive validates new authors,
 * a work posted by a member who is neither staff nor trusted is held (`removal = 'pending'`, out of every public
 * path) instead of going up. Called inside the posting transaction by every path where a work becomes posted.
 */
import type { Account } from '../domain/account.ts';
import { mustAwaitValidation } from '../domain/signup-rules.ts';
import type { Queryable } from '../storage/db.ts';
import { holdWork } from '../storage/validation-queue.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { userById } from '../storage/users.ts';
import { sitePolicy } from './site-policy.ts';
import type { Context } from './context.ts';

/**
 * Holds the just-posted work `workId` for validation if its poster must wait; returns whether it did. `poster` is
 * the account posting it (the work's owner when omitted: a scheduled chapter posting its draft work).
 */
export async function holdForValidation(ctx: Pick<Context, 'now'>, tx: Queryable, workId: number, poster?: Pick<Account, 'role' | 'trusted'>): Promise<boolean> {
  const policy = await sitePolicy(tx);
  if (!policy.validateNewAuthors) return false;
  const who = poster ?? (await ownerOf(tx, workId));
  if (!who || !mustAwaitValidation(policy, who)) return false;
  return holdWork(tx, workId, ctx.now());
}

async function ownerOf(tx: Queryable, workId: number): Promise<Account | undefined> {
  const owner = ((await creatorsOfWorks(tx, [workId])).get(workId) ?? []).find((c) => c.status === 'owner');
  return owner && userById(tx, owner.userId);
}
