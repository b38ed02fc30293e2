/**
 * Gifts: resolving the recipients typed on the work form, a member's gifts page, and refusing a gift. A name that is
 * a login or a pseud gives the work to that member; any other name is kept as a free-text recipient (AO3's gifts to
 * people without an account). A member who blocked the giver cannot be given a work.
 */
import { userByLogin, usersByIds } from '../storage/users.ts';
import { pseudByName } from '../storage/pseuds.ts';
import { giftWorkIdsOf, hasBlockedUser, pseudsNamed, setGiftRefused } from '../storage/gifts.ts';
import { parseRecipients, recipientsProblems, type GiftRecipient } from '../domain/gift.ts';
import { pseudKey, creditName } from '../domain/pseud.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { Forbidden, NotFound, type FieldErrors } from '../domain/errors.ts';
import { pageWindow } from '../domain/pagination.ts';
import { hasReaderPage } from '../domain/work.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { blockedAmong, blockedIds } from '../storage/blocklist.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/**
 * The recipients of the form's "Gift this work to" text, each looked up; a problem goes to `errors.recipients`
 * (the form is shown again with the text as typed). `giver` is the member saving the work.
 */
export async function resolveRecipients(db: Queryable, giver: Account, text: string, errors: FieldErrors): Promise<GiftRecipient[]> {
  const parsed = parseRecipients(text);
  recipientsProblems(parsed, errors);
  if (errors.recipients) return [];
  const out: GiftRecipient[] = [];
  const problems: string[] = [];
  for (const typed of parsed) {
    const found = await memberNamed(db, typed.name, typed.login);
    if (typeof found === 'string') problems.push(found);
    else if (!found) out.push({ kind: 'name', name: typed.name });
    else if (found.userId !== giver.id && (await hasBlockedUser(db, found.userId, giver.id))) problems.push(t('errors.gift.refused', { name: typed.login ? `${typed.name} (${typed.login})` : typed.name }));
    else out.push({ kind: 'member', userId: found.userId, pseudId: found.pseudId, typed: typed.name });
  }
  if (problems.length) errors.recipients = problems.join(' ');
  return out;
}

/**
 * The member a name means: "pseud (login)" that account's pseud; else a login (their default pseud); else a pseud
 * name held by exactly one account. A message when the name is ambiguous or names a missing pseud; undefined when
 * no member has the name.
 */
async function memberNamed(db: Queryable, name: string, login?: string): Promise<{ userId: number; pseudId: number | null } | string | undefined> {
  if (login) {
    const user = await userByLogin(db, login);
    const pseud = user && (await pseudByName(db, user.id, name));
    if (!user || !pseud) return t('errors.gift.no_pseud', { login, name });
    return { userId: user.id, pseudId: pseud.isDefault ? null : pseud.id };
  }
  const user = /^\w+$/u.test(name) ? await userByLogin(db, name) : undefined;
  if (user) return { userId: user.id, pseudId: null };
  const holders = await pseudsNamed(db, pseudKey(name));
  if (holders.length === 0) return undefined;
  if (holders.length > 1) {
    const logins = (await usersByIds(db, holders.map((h) => h.userId))).map((u) => creditName({ login: u.login, pseud: name }));
    return t('errors.gift.ambiguous', { name, logins: logins.join(', ') });
  }
  const only = holders[0]!;
  return { userId: only.userId, pseudId: only.isDefault ? null : only.pseudId };
}

export const GIFTS_PAGE_SIZE = 20;

/** A member's gifts page. */
export interface GiftsPage {
  user: Account;
  /** The viewer is the recipient (sees the refuse buttons and the refused list). */
  own: boolean;
  /** Listing the gifts they refused (theirs only). */
  refused: boolean;
  blurbs: WorkBlurb[];
  /** Gifts the viewer could see that their blocklist leaves out. */
  hidden: number;
  page: number;
  pages: number;
}

/**
 * The works given to any of a member's pseuds that the viewer may see (drafts, deleted and hidden works and, for
 * guests, registered-only works never show), newest gift first. Refused gifts are listed to the recipient only.
 */
export async function giftsPage(ctx: Context, viewer: Viewer, login: string, refused: boolean, requestedPage: string): Promise<GiftsPage> {
  const user = await userByLogin(ctx.db, login);
  if (!user) throw new NotFound(t('errors.no_account_login', { login }));
  const own = canEditAccount(viewer, user.id);
  if (refused && !own) throw new NotFound(t('errors.gift.refused_private'));
  const ids = await giftWorkIdsOf(ctx.db, user.id, refused);
  // Visibility first (listWorks drops what the viewer may not see, and works with nothing posted), then the blocklist.
  const visible = (await listWorks(ctx, viewer, ids)).filter((b) => hasReaderPage(b.work));
  const blocked = await blockedAmong(ctx.db, await blockedIds(ctx.db, viewer?.id), visible.map((b) => b.work.id));
  const listed = visible.filter((b) => !blocked.has(b.work.id));
  const window = pageWindow(requestedPage, listed.length, GIFTS_PAGE_SIZE);
  // The blurbs are already loaded: the page is a slice of them, not a second listWorks.
  const blurbs = listed.slice(window.offset, window.offset + GIFTS_PAGE_SIZE);
  return { user, own, refused, blurbs, hidden: visible.length - listed.length, page: window.page, pages: window.pages };
}

/** The recipient refuses a gift (or, `refuse` false, accepts it again); NotFound when the work is no gift to them. */
export async function refuseGift(ctx: Context, viewer: Viewer, workId: number, refuse: boolean): Promise<void> {
  if (!viewer) throw new Forbidden(t('errors.gift.log_in'));
  // Only a work the recipient can read: a draft's gift says nothing until it is posted.
  const readable = Number.isSafeInteger(workId) && (await listWorks(ctx, viewer, [workId])).some((b) => b.work.visibility !== 'draft');
  const done = readable && (await setGiftRefused(ctx.db, workId, viewer.id, refuse ? ctx.now() : null));
  if (!done) throw new NotFound(t('errors.gift.not_yours'));
}
