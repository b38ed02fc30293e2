/** The one gate in front of every management action: the work exists, is not deleted, and the viewer created it. */
import { workById, type WorkRecord } from '../storage/works.ts';
import { canEditWork, workVisibilityFor, type Viewer, type WorkAccess } from '../domain/permissions.ts';
import { Forbidden, Gone, NotFound } from '../domain/errors.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import type { Queryable } from '../storage/db.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A work its viewer may manage, with its access facts. */
export interface EditableWork {
  work: WorkRecord;
  access: WorkAccess & { creators: CreatorRef[] };
  /** The viewer, known to be logged in. */
  account: Account;
}

/**
 * Loads a work for managing. Throws NotFound when it does not exist or the viewer may not even see it (a
 * draft stays secret), Gone when deleted, Forbidden when the viewer can read it but is not a creator.
 * Pass `tx` to load inside a transaction.
 */
export async function editableWork(ctx: Context, viewer: Viewer, workId: number, tx: Queryable = ctx.db): Promise<EditableWork> {
  const work = Number.isSafeInteger(workId) ? await workById(tx, workId) : undefined;
  if (!work) throw new NotFound(t('errors.no_work'));
  const creators = (await creatorsOfWorks(tx, [work.id])).get(work.id) ?? [];
  const access = { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: creators.filter((c) => c.status !== 'invited').map((c) => c.userId), creators };
  const verdict = workVisibilityFor(viewer, access);
  if (verdict === 'gone') throw new Gone(t('errors.work.deleted'));
  if (verdict === 'hidden') throw new NotFound(t('errors.no_work'));
  if (!viewer || !canEditWork(viewer, access)) throw new Forbidden(t('errors.work.not_creator'));
  return { work, access, account: viewer };
}
