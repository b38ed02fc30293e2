/**
 * An account's pseuds: listing them, one pseud's page with its works, and the pseud a member posts as.
 * Authorship stays with the account (listings, filters, permissions); a pseud is the name shown and a page.
 */
import { pseudsOf, pseudById, creditedPseudId } from '../storage/pseuds.ts';
import { userByLogin } from '../storage/users.ts';
import { mayPostAs, pseudKey, type Pseud } from '../domain/pseud.ts';
import { emptyFilter, type WorkFilter } from '../domain/work-filter.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { filterWorks, type FilteredWorks } from './filter-works.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** An account and its pseuds, the default first. */
export interface AccountPseuds {
  user: Account;
  pseuds: Pseud[];
}

/** The account named `login` and its pseuds; NotFound without such an account. */
export async function accountPseuds(ctx: Context, login: string): Promise<AccountPseuds> {
  const user = await userByLogin(ctx.db, login);
  if (!user) throw new NotFound(t('errors.no_account_login', { login }));
  return { user, pseuds: await pseudsOf(ctx.db, user.id) };
}

/** One pseud of an account. */
export interface PseudPage extends AccountPseuds {
  pseud: Pseud;
}

/** The pseud `name` of the account `login`; NotFound when either does not exist. */
export async function pseudPage(ctx: Context, login: string, name: string): Promise<PseudPage> {
  const found = await accountPseuds(ctx, login);
  const pseud = found.pseuds.find((p) => pseudKey(p.name) === pseudKey(name));
  if (!pseud) throw new NotFound(t('errors.pseud.none', { login: found.user.login, name }));
  return { ...found, pseud };
}

/** The works posted as a pseud that the viewer may see, through the same filtered listing as the author's works page (`withFacets`: for its filter panel). */
export async function pseudWorks(ctx: Context, viewer: Viewer, page: PseudPage, filter: WorkFilter = emptyFilter(), withFacets = true): Promise<FilteredWorks> {
  return filterWorks(ctx, viewer, filter, { creatorId: page.user.id, pseud: { id: page.pseud.id, isDefault: page.pseud.isDefault } }, withFacets);
}

/**
 * The pseud a member posts as, from a form's `pseud_id` ('' or absent: their default, stored as NULL).
 * Posting as another account's pseud (a tampered form) is refused, as is a pseud that does not exist.
 */
export async function chosenPseud(db: Queryable, account: Account, rawId: string | undefined): Promise<number | null> {
  if (rawId === undefined || rawId.trim() === '') return null;
  const pseud = /^\d{1,15}$/.test(rawId.trim()) ? await pseudById(db, Number(rawId)) : undefined;
  if (!pseud || !mayPostAs(account.id, pseud)) throw new Forbidden(t('errors.pseud.not_yours'));
  return pseud.isDefault ? null : pseud.id;
}

/** The pseud id the viewer is credited as on a work (for the edit form's menu). */
export async function creditedPseud(ctx: Context, viewer: Viewer, workId: number): Promise<number | undefined> {
  return viewer ? creditedPseudId(ctx.db, workId, viewer.id) : undefined;
}

/** A member's pseuds for a "Creator/Pseud(s)" menu: empty for guests. */
export async function pseudChoices(ctx: Context, viewer: Viewer): Promise<Pseud[]> {
  return viewer ? pseudsOf(ctx.db, viewer.id) : [];
}
