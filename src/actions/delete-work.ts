/** Deleting a work: only its creators may; afterwards its address answers 410 Gone. */
import { markWorkDeleted } from '../storage/works.ts';
import type { Viewer } from '../domain/permissions.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import type { Queryable } from '../storage/db.ts';
import { removeWork } from '../storage/search/index.ts';

/** Deletes the work and its chapters; returns its title for the confirmation message. */
export async function deleteWork(ctx: Context, viewer: Viewer, workId: number): Promise<{ title: string }> {
  const { work } = await editableWork(ctx, viewer, workId);
  await ctx.db.transaction((tx) => deleteWorkIn(ctx, tx, work.id));
  return { title: work.title };
}

/**
 * The deletion itself, in the caller's transaction (once it has decided the work may go): the work answers 410,
 * its chapters go, search forgets it, and the listing index follows through the change-log triggers.
 */
export async function deleteWorkIn(ctx: Pick<Context, 'now'>, tx: Queryable, workId: number): Promise<void> {
  await markWorkDeleted(tx, workId, ctx.now());
  await removeWork(tx, workId);
}
