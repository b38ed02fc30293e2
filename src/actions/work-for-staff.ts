/** A work as staff see it on the moderation page, whatever its state, with the actions its state allows them. */
import { workById, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { assertStaff } from '../domain/moderation.ts';
import { hasRole, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import { RESTORE_WINDOW_MS, type WorkAction } from './moderate-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What the moderation page needs. */
export interface WorkForStaff {
  work: WorkRecord;
  byline: string;
  actions: WorkAction[];
  restorableUntil: number | undefined;
}

/** Loads a work for staff; a work its own author deleted is gone for staff too (its text was removed). */
export async function workForStaff(ctx: Context, viewer: Viewer, workId: number): Promise<WorkForStaff> {
  assertStaff(viewer);
  const work = Number.isSafeInteger(workId) ? await workById(ctx.db, workId) : undefined;
  if (!work || (work.deletedAt !== null && work.removal === null)) throw new NotFound(t('errors.no_work'));
  const creators = ((await creatorsOfWorks(ctx.db, [work.id])).get(work.id) ?? []).filter((c) => c.status !== 'invited');
  const restorableUntil = work.removal === 'deleted' && work.deletedAt !== null ? work.deletedAt + RESTORE_WINDOW_MS : undefined;
  const actions: WorkAction[] = work.removal === null ? ['hide', 'delete']
    : work.removal === 'hidden' ? ['unhide', 'delete']
      : work.removal === 'deleted' && hasRole(viewer, 'admin') && restorableUntil! > ctx.now() ? ['restore'] : [];
  return { work, byline: creators.map((c) => c.login).join(', '), actions, restorableUntil };
}
