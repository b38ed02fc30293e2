/** A reader's own subscriptions, a page at a time, optionally of one kind (AO3's `?type=works|series|users`). */
import { userByLogin } from '../storage/users.ts';
import { countSubscriptions, pageOfSubscriptions, type SubscriptionRow } from '../storage/subscriptions.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { SubscriptionKind } from '../domain/subscriptions.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

export const SUBSCRIPTIONS_PAGE_SIZE = 20;

const TYPES: Record<string, SubscriptionKind> = { works: 'work', series: 'series', users: 'user' };

/** The list page's data. */
export interface SubscriptionList {
  user: Account;
  kind: SubscriptionKind | undefined;
  rows: SubscriptionRow[];
  window: PageWindow;
}

/** Lists `login`'s subscriptions; only they may (Forbidden for anyone else, NotFound for no such account). */
export async function listSubscriptions(ctx: Context, viewer: Viewer, login: string, q: { page: string; type: string }): Promise<SubscriptionList> {
  const user = await userByLogin(ctx.db, login);
  if (!user) throw new NotFound(t('errors.no_account_login', { login }));
  if (!canEditAccount(viewer, user.id)) throw new Forbidden(t('errors.account.subscriptions_private'));
  const kind = TYPES[q.type];
  const window = pageWindow(q.page, await countSubscriptions(ctx.db, user.id, kind), SUBSCRIPTIONS_PAGE_SIZE);
  const rows = await pageOfSubscriptions(ctx.db, user.id, { kind, limit: window.perPage, offset: window.offset });
  return { user, kind, rows, window };
}
