/**
 * Moderators hiding a series or a collection (and showing it again): it leaves the collection index and every work
 * page's "Part of" and collection lines; its page is missing to everyone but its owner (who sees why) and staff.
 * The works themselves are untouched. Each takes a reason, is audited, and the owner is told.
 */
import { seriesById, setSeriesHidden } from '../storage/series.ts';
import { collectionByName, setCollectionHidden } from '../storage/collections.ts';
import { userById } from '../storage/users.ts';
import { assertMayActOn, assertStaff, requiredReason } from '../domain/moderation.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A series or a collection, by what its address names. */
export type Group = { kind: 'series'; id: number } | { kind: 'collection'; name: string };

interface Loaded { id: number; title: string; ownerId: number | null; hiddenAt: number | null; path: string }

async function load(db: Queryable, g: Group): Promise<Loaded> {
  if (g.kind === 'series') {
    const s = Number.isSafeInteger(g.id) ? await seriesById(db, g.id) : undefined;
    if (!s) throw new NotFound(t('errors.no_series'));
    return { id: s.id, title: s.title, ownerId: s.createdBy, hiddenAt: s.hiddenAt, path: `/series/${s.id}` };
  }
  const c = await collectionByName(db, g.name);
  if (!c) throw new NotFound(t('errors.no_collection'));
  return { id: c.id, title: c.title, ownerId: c.ownerId, hiddenAt: c.hiddenAt, path: `/collections/${c.name}` };
}

/** Hides (`hide` true) or shows again a series or collection; `then` runs in the same transaction (closing a report). */
export async function hideGroup(ctx: Context, viewer: Viewer, group: Group, hide: boolean, reasonText: string,
  then?: (tx: Queryable, actor: Account) => Promise<void>): Promise<{ title: string; path: string }> {
  assertStaff(viewer);
  const reason = requiredReason(reasonText);
  const g = await load(ctx.db, group);
  const owner = g.ownerId === null ? undefined : await userById(ctx.db, g.ownerId);
  if (owner) assertMayActOn(viewer, owner);
  if ((g.hiddenAt !== null) === hide) throw new Invalid({ reason: t(hide ? 'errors.hide.already' : 'errors.hide.not_hidden') });
  await ctx.db.transaction(async (tx) => {
    if (group.kind === 'series') await setSeriesHidden(tx, g.id, hide ? ctx.now() : null, hide ? reason : '');
    else await setCollectionHidden(tx, g.id, hide ? ctx.now() : null, hide ? reason : '');
    await audit(ctx, tx, viewer, {
      action: `${group.kind}.${hide ? 'hide' : 'unhide'}`, targetKind: group.kind, targetId: g.id, targetLabel: g.title, targetUserId: g.ownerId, reason,
      before: { hidden: !hide }, after: { hidden: hide },
    });
    await then?.(tx, viewer);
  });
  if (owner) {
    const done = hide ? 'hide' : 'unhide';
    await mailAccounts(ctx, [owner], () => ({
      subject: t('mail.staff_group.subject', { kind: group.kind, title: g.title, done }),
      text: t('mail.staff_group.body', { kind: group.kind, title: g.title, url: `${ctx.baseUrl}${g.path}`, done, reason, contact: `${ctx.baseUrl}/contact` }),
    }));
  }
  return { title: g.title, path: g.path };
}
