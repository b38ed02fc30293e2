/** Co-creators: an author names others; each must accept before their name appears on the work. */
import { creatorsOfWorks, putCreator, removeCreator } from '../storage/work-creators.ts';
import { workById } from '../storage/works.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { addInboxNotice } from '../storage/inbox.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/** Tells each newly invited co-creator, in their inbox and by mail, where to accept or decline. */
export async function notifyInvitedCoCreators(ctx: Context, inviter: Account, workId: number, title: string, invited: readonly Account[]): Promise<void> {
  for (const a of invited) {
    await addInboxNotice(ctx.db, { userId: a.id, kind: 'invitation', workId, chapterId: null, actorId: inviter.id, now: ctx.now() });
    await ctx.mailer.send({ to: a.email, ...composeIn(await recipientLocale(ctx.db, a), () => ({
      subject: t('mail.co_creator.subject', { inviter: inviter.login, work: title }),
      text: t('mail.co_creator.body', { inviter: inviter.login, work: title, url: `${ctx.baseUrl}/users/${a.login}/invitations` }),
    })) });
  }
}

/** Accepts or declines an invitation to co-create a work. */
export async function answerInvitation(ctx: Context, viewer: Viewer, workId: number, accept: boolean): Promise<{ title: string }> {
  if (!viewer) throw new Forbidden();
  return ctx.db.transaction(async (tx) => {
    const work = await workById(tx, workId);
    const mine = ((await creatorsOfWorks(tx, [workId])).get(workId) ?? []).find((c) => c.userId === viewer.id);
    if (!work || work.deletedAt || !mine) throw new NotFound(t('errors.co_creator.no_invitation'));
    if (mine.status !== 'invited') throw new Forbidden(t('errors.co_creator.answered'));
    if (accept) await putCreator(tx, workId, viewer.id, 'accepted');
    else await removeCreator(tx, workId, viewer.id);
    await indexWork(tx, workId);
    return { title: work.title };
  });
}
