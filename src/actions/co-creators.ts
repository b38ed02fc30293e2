/** Co-creators: an author names others; each must accept before their name appears on the work. */
import { creatorsOfWorks, putCreator, removeCreator } from '../storage/work-creators.ts';
import { workById } from '../storage/works.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { addInboxNotice } from '../storage/inbox.ts';

/** Tells each newly invited co-creator, in their inbox and by mail, where to accept or decline. */
export async function notifyInvitedCoCreators(ctx: Context, inviter: Account, workId: number, title: string, invited: readonly Account[]): Promise<void> {
  for (const a of invited) {
    await addInboxNotice(ctx.db, { userId: a.id, kind: 'invitation', workId, chapterId: null, actorId: inviter.id, now: ctx.now() });
    await ctx.mailer.send({
      to: a.email,
      subject: `${inviter.login} invited you to co-create "${title}"`,
      text: `${inviter.login} listed you as a co-creator of "${title}".\n\nYour name appears on the work only if you accept:\n\n${ctx.baseUrl}/users/${a.login}/invitations\n\nIf you do not know this work, decline it there.`,
    });
  }
}

/** Accepts or declines an invitation to co-create a work. */
export async function answerInvitation(ctx: Context, viewer: Viewer, workId: number, accept: boolean): Promise<{ title: string }> {
  if (!viewer) throw new Forbidden();
  return ctx.db.transaction(async (tx) => {
    const work = await workById(tx, workId);
    const mine = ((await creatorsOfWorks(tx, [workId])).get(workId) ?? []).find((c) => c.userId === viewer.id);
    if (!work || work.deletedAt || !mine) throw new NotFound('There is no such invitation.');
    if (mine.status !== 'invited') throw new Forbidden('You already answered this invitation.');
    if (accept) await putCreator(tx, workId, viewer.id, 'accepted');
    else await removeCreator(tx, workId, viewer.id);
    await indexWork(tx, workId);
    return { title: work.title };
  });
}
