/** Following a work, a series or a creator, and stopping; and whether a page should offer the button. */
import { workById, worksByIds } from '../storage/works.ts';
import { seriesById } from '../storage/series.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { userById } from '../storage/users.ts';
import { putSubscription, removeSubscription, subscriptionById, subscriptionIdOf } from '../storage/subscriptions.ts';
import { workSubscriptionProblem, type SubscriptionKind } from '../domain/subscriptions.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Gone, NotFound } from '../domain/errors.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What a subscription points at, as a page names and links it. */
export interface SubscriptionTarget {
  kind: SubscriptionKind;
  id: number;
  name: string;
  path: string;
}

/** The target if the viewer may see it; throws NotFound / Gone otherwise. `own` says whether it is the viewer's. */
async function visibleTarget(ctx: Context, viewer: NonNullable<Viewer>, kind: SubscriptionKind, id: number): Promise<SubscriptionTarget & { own: boolean }> {
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound(t('errors.subscribe.nothing'));
  if (kind === 'user') {
    const user = await userById(ctx.db, id);
    if (!user) throw new NotFound(t('errors.no_account'));
    return { kind, id, name: user.login, path: `/users/${user.login}`, own: user.id === viewer.id };
  }
  if (kind === 'work') {
    const work = await workById(ctx.db, id);
    if (!work) throw new NotFound(t('errors.no_work'));
    const problem = workSubscriptionProblem(viewer, await workAccess(ctx, work));
    if (problem === 'gone') throw new Gone(t('errors.work.deleted'));
    if (problem === 'hidden' || problem === 'login' || problem === 'guest') throw new NotFound(t('errors.no_work'));
    return { kind, id, name: work.title, path: `/works/${id}`, own: problem === 'own' };
  }
  const series = await seriesById(ctx.db, id);
  if (!series) throw new NotFound(t('errors.no_series'));
  const [works, creators] = await Promise.all([worksByIds(ctx.db, series.workIds), creatorsOfWorks(ctx.db, series.workIds)]);
  // As on the series page: a series shows only through works the viewer may read.
  const seen = works.some((w) => w.visibility !== 'draft' && w.chapterCount > 0 && workVisibilityFor(viewer, {
    visibility: w.visibility, deleted: w.deletedAt !== null, removal: w.removal, creatorIds: (creators.get(w.id) ?? []).filter((c) => c.status !== 'invited').map((c) => c.userId),
  }) === 'visible');
  if (!seen) throw new NotFound(t('errors.no_series'));
  return { kind, id, name: series.title, path: `/series/${id}`, own: series.createdBy === viewer.id };
}

/** Follows the target; a repeat is harmless. Throws Forbidden for guests and for one's own work, series or account. */
export async function subscribe(ctx: Context, viewer: Viewer, kind: SubscriptionKind, targetId: number): Promise<SubscriptionTarget> {
  if (!viewer) throw new Forbidden(t('errors.subscribe.log_in'));
  const { own, ...target } = await visibleTarget(ctx, viewer, kind, targetId);
  if (own) throw new Forbidden(t('errors.subscribe.own', { kind }));
  await putSubscription(ctx.db, viewer.id, kind, target.id, ctx.now());
  return target;
}

/** Stops following; works even when the target is gone or hidden now, since it only removes the viewer's own row. */
export async function unsubscribe(ctx: Context, viewer: Viewer, kind: SubscriptionKind, targetId: number): Promise<{ removed: boolean }> {
  if (!viewer) throw new Forbidden(t('errors.subscribe.log_in_manage'));
  if (!Number.isSafeInteger(targetId)) return { removed: false };
  return { removed: await removeSubscription(ctx.db, viewer.id, kind, targetId) };
}

/**
 * Ends one subscription named by its id: AO3's unsubscribe address, `/users/{login}/subscriptions/{id}`. Only the
 * account holder may use their own address (Forbidden otherwise, whatever the id); an id that is not theirs is
 * NotFound, the same answer as an id that never existed, so ids reveal nothing about other readers.
 */
export async function unsubscribeById(ctx: Context, viewer: Viewer, login: string, id: number): Promise<void> {
  if (!viewer) throw new Forbidden(t('errors.subscribe.log_in_manage'));
  if (viewer.login.toLowerCase() !== login.toLowerCase()) throw new Forbidden(t('errors.subscribe.not_yours'));
  const row = Number.isSafeInteger(id) && id > 0 ? await subscriptionById(ctx.db, id) : undefined;
  if (!row || row.userId !== viewer.id) throw new NotFound(t('errors.subscribe.none'));
  await removeSubscription(ctx.db, viewer.id, row.kind, row.targetId);
}

/** Which button a page shows, and the subscription an Unsubscribe form names (AO3's form posts to its id). */
export interface SubscriptionButtonState {
  state: 'none' | 'subscribed' | 'not-subscribed';
  subscriptionId?: number;
}

/** The button's state: none for guests and for the viewer's own things. */
export async function subscriptionButtonState(ctx: Context, viewer: Viewer, kind: SubscriptionKind, targetId: number, own: boolean): Promise<SubscriptionButtonState> {
  if (!viewer || own) return { state: 'none' };
  return subscriptionButtonOf(viewer, own, await subscriptionIdOf(ctx.db, viewer.id, kind, targetId));
}

/** The button's state when the viewer's subscription (or its absence) is already known. */
export function subscriptionButtonOf(viewer: Viewer, own: boolean, subscriptionId: number | undefined): SubscriptionButtonState {
  if (!viewer || own) return { state: 'none' };
  return subscriptionId === undefined ? { state: 'not-subscribed' } : { state: 'subscribed', subscriptionId };
}
