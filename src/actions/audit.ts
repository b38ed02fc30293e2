/** Writing to the audit log from an action, in the action's own transaction (so a rolled-back action leaves no entry). */
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { appendAudit, type AuditEntry } from '../storage/audit-log.ts';
import type { Context } from './context.ts';

/** What an action says it did; the actor and time are filled in. */
export type AuditFacts = Omit<AuditEntry, 'actorId' | 'actorLogin' | 'targetUserId' | 'targetId' | 'targetLabel' | 'reason' | 'before' | 'after'>
  & Partial<Pick<AuditEntry, 'targetUserId' | 'targetId' | 'targetLabel' | 'reason' | 'before' | 'after'>>;

/** Records that `actor` (undefined: the command line) did something. */
export async function audit(ctx: Pick<Context, 'now'>, tx: Queryable, actor: Account | undefined, facts: AuditFacts): Promise<void> {
  await appendAudit(tx, {
    actorId: actor?.id ?? null,
    actorLogin: actor?.login ?? 'command line',
    targetId: null,
    targetLabel: '',
    targetUserId: null,
    reason: '',
    before: undefined,
    after: undefined,
    ...facts,
  }, ctx.now());
}
