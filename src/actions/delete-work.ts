/** Deleting a work: only its creators may; afterwards its address answers 410 Gone. */
import { markWorkDeleted } from '../storage/works.ts';
import type { Viewer } from '../domain/permissions.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { removeWork } from '../storage/search/index.ts';

/** Deletes the work and its chapters; returns its title for the confirmation message. */
export async function deleteWork(ctx: Context, viewer: Viewer, workId: number): Promise<{ title: string }> {
  const { work } = await editableWork(ctx, viewer, workId);
  await ctx.db.transaction(async (tx) => {
    await markWorkDeleted(tx, work.id, ctx.now());
    await removeWork(tx, work.id);
  });
  return { title: work.title };
}
