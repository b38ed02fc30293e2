/**
 * Creating, editing and deleting pseuds: only the account's holder may. Deleting one moves what was posted as it
 * (works, comments, bookmarks) to the default pseud; the default pseud cannot be deleted. A name the account
 * already uses is a field error.
 */
import { insertPseud, updatePseud, deletePseud as removePseud, workIdsOfPseud } from '../storage/pseuds.ts';
import { pseudProblems, type Pseud, type PseudInput } from '../domain/pseud.ts';
import { assertValid, Forbidden, Invalid } from '../domain/errors.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { indexWork } from '../storage/search/index.ts';
import type { Queryable } from '../storage/db.ts';
import { assertMayParticipate } from './site-policy.ts';
import { accountPseuds, pseudPage, type PseudPage } from './pseuds.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

const CLASH = 'You already have a pseud with this name.';

/** The pseud page, when the viewer holds the account; Forbidden otherwise. */
export async function ownPseud(ctx: Context, viewer: Viewer, login: string, name: string): Promise<PseudPage> {
  const page = await pseudPage(ctx, login, name);
  if (!canEditAccount(viewer, page.user.id)) throw new Forbidden(t('errors.pseud.forbidden'));
  return page;
}

/** Throws Forbidden unless the viewer holds the account named `login`. */
async function ownAccount(ctx: Context, viewer: Viewer, login: string) {
  const found = await accountPseuds(ctx, login);
  if (!canEditAccount(viewer, found.user.id)) throw new Forbidden(t('errors.pseud.forbidden'));
  return found;
}

/** The search index names works by pseud too: a renamed pseud's works are indexed again. */
async function reindexPseudWorks(tx: Queryable, userId: number, pseud: Pick<Pseud, 'id' | 'isDefault'>): Promise<void> {
  for (const workId of await workIdsOfPseud(tx, userId, pseud)) await indexWork(tx, workId);
}

/** Adds a pseud to the viewer's account; returns its name. */
export async function createPseud(ctx: Context, viewer: Viewer, login: string, input: PseudInput): Promise<string> {
  const { user } = await ownAccount(ctx, viewer, login);
  await assertMayParticipate(ctx, viewer);
  assertValid(pseudProblems(input));
  const id = await insertPseud(ctx.db, user.id, input, ctx.now());
  if (id === undefined) throw new Invalid({ name: CLASH });
  return input.name.trim();
}

/** Changes one of the viewer's pseuds; returns its (new) name. */
export async function editPseud(ctx: Context, viewer: Viewer, login: string, name: string, typed: PseudInput): Promise<string> {
  const { user, pseud } = await ownPseud(ctx, viewer, login, name);
  await assertMayParticipate(ctx, viewer);
  // The default pseud keeps its name (the login, or an imported author's pen name).
  const input = pseud.isDefault ? { ...typed, name: pseud.name } : typed;
  assertValid(pseudProblems(input));
  await ctx.db.transaction(async (tx) => {
    if (!(await updatePseud(tx, pseud.id, input))) throw new Invalid({ name: CLASH });
    if (pseud.name !== input.name.trim()) await reindexPseudWorks(tx, user.id, pseud);
  });
  return input.name.trim();
}

/** Deletes one of the viewer's pseuds (never the default); its works, comments and bookmarks move to the default. */
export async function deletePseud(ctx: Context, viewer: Viewer, login: string, name: string): Promise<void> {
  const { user, pseud } = await ownPseud(ctx, viewer, login, name);
  if (pseud.isDefault) throw new Forbidden(t('errors.pseud.default'));
  await ctx.db.transaction(async (tx) => {
    const works = await workIdsOfPseud(tx, user.id, pseud);
    await removePseud(tx, pseud.id);
    for (const workId of works) await indexWork(tx, workId);
  });
}
