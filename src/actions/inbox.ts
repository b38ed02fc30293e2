/**
 * The inbox: notifications of comments on one's works and replies to one's comments, invitations to co-create and
 * subscribed works' updates; read/unread, bulk actions.
 */
import { inboxOf, markInboxItems, deleteInboxItems, setCommentEmails, wantsCommentEmails } from '../storage/inbox.ts';
import { pageWindow } from '../domain/pagination.ts';
import { Invalid } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { mutedUserIds } from '../storage/blocklist.ts';
import { t } from '../i18n/translate.ts';

const PER_PAGE = 20;
/** The most messages one bulk action takes: far more than a page shows, few enough to bound the work a form can ask. */
export const INBOX_BULK_MAX = 1000;

/** A page of the account's inbox and its email choice; `muted` marks the entries by accounts the viewer muted. */
export async function readInbox(ctx: Context, viewer: Account, input: { page?: string; unreadOnly?: boolean }) {
  const first = pageWindow(input.page ?? 1, Number.MAX_SAFE_INTEGER, PER_PAGE);
  const [box, emails, muted] = await Promise.all([
    inboxOf(ctx.db, viewer.id, { offset: first.offset, limit: PER_PAGE, unreadOnly: input.unreadOnly ?? false }),
    wantsCommentEmails(ctx.db, viewer.id),
    mutedUserIds(ctx.db, viewer.id),
  ]);
  const items = box.items.map((item) => ({ ...item, muted: item.userId !== null && muted.has(item.userId) }));
  return { ...box, items, window: pageWindow(input.page ?? 1, input.unreadOnly ? box.unread : box.total, PER_PAGE), emails: Boolean(emails) };
}

/** Marks the chosen entries read or unread, or deletes them; how many of the viewer's messages changed. */
export async function updateInbox(ctx: Context, viewer: Account, input: { ids: readonly string[]; action: string }): Promise<number> {
  // A comment entry's checkbox is its id; a notice's is `n` and its id (inboxOf).
  const chosen = [...new Set(input.ids.filter((id) => /^n?\d{1,15}$/.test(id)))];
  if (chosen.length === 0) throw new Invalid({ ids: t('errors.inbox.none') });
  if (chosen.length > INBOX_BULK_MAX) throw new Invalid({ ids: t('errors.inbox.too_many', { max: INBOX_BULK_MAX }) });
  if (!['read', 'unread', 'delete'].includes(input.action)) throw new Invalid({ action: t('errors.inbox.action') });
  let changed = 0;
  for (const source of ['comment', 'notice'] as const) {
    const ids = chosen.filter((id) => id.startsWith('n') === (source === 'notice')).map((id) => Number(id.replace('n', '')));
    if (ids.length === 0) continue;
    changed += input.action === 'delete' ? await deleteInboxItems(ctx.db, viewer.id, source, ids) : await markInboxItems(ctx.db, viewer.id, source, ids, input.action === 'read' ? ctx.now() : null);
  }
  return changed;
}

/** Turns emails about new comments and replies on or off. */
export async function setCommentEmailChoice(ctx: Context, viewer: Account, on: boolean): Promise<void> {
  await setCommentEmails(ctx.db, viewer.id, on);
}
