/**
 * Deleting one's own account (docs/accounts.md). The works are orphaned or deleted as the person chose (drafts are
 * always deleted, co-created works stay with their other creators), comments stay as "Account deleted", kudos
 * become guest kudos, bookmarks, subscriptions and everything private go. One transaction: all or nothing.
 */
import { deleteUser, countByRole } from '../storage/users.ts';
import { worksOfAccount, removeCreator, promoteFirstCreator } from '../storage/work-creators.ts';
import { withdrawFromValidation } from '../storage/works.ts';
import { anonymizeKudosOf } from '../storage/kudos.ts';
import { deleteBookmarksOf } from '../storage/bookmarks.ts';
import { removeSubscriptionsTo } from '../storage/subscriptions.ts';
import { removeBlocksOf } from '../storage/blocklist.ts';
import { footprintOf } from '../storage/account-footprint.ts';
import { indexWork } from '../storage/search/index.ts';
import { fateOf, summarize, worksChoiceOf, type DeletionSummary, type WorksChoice } from '../domain/account-deletion.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import { requirePassword } from './change-credentials.ts';
import { deleteWorkIn } from './delete-work.ts';
import { orphanWorks } from './orphan-works.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What the deletion form tells the account holder: their works and what else they left. */
export async function deletionSummary(ctx: Context, account: Account): Promise<DeletionSummary> {
  const [works, footprint] = await Promise.all([worksOfAccount(ctx.db, account.id), footprintOf(ctx.db, account.id)]);
  return summarize(works, footprint);
}

/** The deletion form's fields. */
export interface DeletionInput {
  currentPassword: string;
  confirmLogin: string;
  /** 'orphan' or 'delete' (needed when the account has works of its own). */
  works: string;
  /** The client's address (wrong passwords count against the login limits). */
  ip: string;
}

/** Deletes the viewer's account after the typed username and password confirm it. The last admin cannot leave. */
export async function deleteAccount(ctx: Context, viewer: Viewer, accountId: number, input: DeletionInput): Promise<{ choice: WorksChoice }> {
  if (!viewer || viewer.id !== accountId) throw new Forbidden();
  const summary = await deletionSummary(ctx, viewer);
  const chosen = worksChoiceOf(input.works, summary);
  const errors = {
    ...(input.confirmLogin.trim().toLowerCase() !== viewer.login.toLowerCase() ? { confirm_login: t('errors.account.confirm_login', { login: viewer.login }) } : {}),
    ...('problem' in chosen ? { works: chosen.problem } : {}),
  };
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const choice = (chosen as { choice: WorksChoice }).choice;
  await requirePassword(ctx, viewer, accountId, input.currentPassword, input.ip);
  await ctx.db.transaction(async (tx) => {
    if (viewer.role === 'admin' && (await countByRole(tx, 'admin')) <= 1) {
      throw new Forbidden(t('errors.account.only_admin'));
    }
    const works = await worksOfAccount(tx, accountId);
    const fates = works.map((w) => ({ work: w, fate: fateOf(w, choice) }));
    for (const { work, fate } of fates) {
      if (fate === 'delete') {
        await withdrawFromValidation(tx, work.id);
        await deleteWorkIn(ctx, tx, work.id);
      } else if (fate === 'leave') {
        await removeCreator(tx, work.id, accountId);
        await promoteFirstCreator(tx, work.id);
        await indexWork(tx, work.id);
      }
    }
    await orphanWorks(ctx, tx, accountId, fates.filter((f) => f.fate === 'orphan').map((f) => f.work.id));
    await anonymizeKudosOf(tx, accountId);
    await deleteBookmarksOf(tx, accountId);
    await removeSubscriptionsTo(tx, 'user', accountId);
    await removeBlocksOf(tx, 'user', accountId);
    await audit(ctx, tx, viewer, {
      action: 'account.delete', targetKind: 'user', targetId: accountId, targetLabel: viewer.login, targetUserId: accountId,
      before: { works: summary.works, drafts: summary.drafts, coCreated: summary.coCreated },
      after: { works: choice, orphaned: fates.filter((f) => f.fate === 'orphan').map((f) => f.work.id), deleted: fates.filter((f) => f.fate === 'delete').map((f) => f.work.id) },
    });
    // Comments keep their text with user_id NULL and collections lose their owner (ON DELETE SET NULL); sessions,
    // tokens, preferences, saved filters, the blocklist, autosaves and the rest go with the row (ON DELETE CASCADE).
    await deleteUser(tx, accountId);
  });
  return { choice };
}
