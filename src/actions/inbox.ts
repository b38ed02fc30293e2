/** The inbox: notifications of comments on one's works and replies to one's comments, read/unread, bulk actions. */
import { inboxOf, markInboxItems, deleteInboxItems, setCommentEmails, wantsCommentEmails } from '../storage/inbox.ts';
import { pageWindow } from '../domain/pagination.ts';
import { Invalid } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';

const PER_PAGE = 20;

/** A page of the account's inbox and its email choice. */
export async function readInbox(ctx: Context, viewer: Account, input: { page?: string; unreadOnly?: boolean }) {
  const first = pageWindow(input.page ?? 1, Number.MAX_SAFE_INTEGER, PER_PAGE);
  const [box, emails] = await Promise.all([
    inboxOf(ctx.db, viewer.id, { offset: first.offset, limit: PER_PAGE, unreadOnly: input.unreadOnly ?? false }),
    wantsCommentEmails(ctx.db, viewer.id),
  ]);
  return { ...box, window: pageWindow(input.page ?? 1, input.unreadOnly ? box.unread : box.total, PER_PAGE), emails: Boolean(emails) };
}

/** Marks the chosen entries read or unread, or deletes them. */
export async function updateInbox(ctx: Context, viewer: Account, input: { ids: readonly string[]; action: string }): Promise<number> {
  const ids = input.ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
  if (ids.length === 0) throw new Invalid({ ids: 'Choose at least one message.' });
  if (input.action === 'read') await markInboxItems(ctx.db, viewer.id, ids, ctx.now());
  else if (input.action === 'unread') await markInboxItems(ctx.db, viewer.id, ids, null);
  else if (input.action === 'delete') await deleteInboxItems(ctx.db, viewer.id, ids);
  else throw new Invalid({ action: 'Choose mark read, mark unread or delete.' });
  return ids.length;
}

/** Turns emails about new comments and replies on or off. */
export async function setCommentEmailChoice(ctx: Context, viewer: Account, on: boolean): Promise<void> {
  await setCommentEmails(ctx.db, viewer.id, on);
}
