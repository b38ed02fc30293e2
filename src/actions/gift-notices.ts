/**
 * Telling members they were given a work: an inbox notice ("X gave you a gift: Title") and an email, as co-creator
 * invitations are told. Each recipient is told once (the gift row is claimed first), and only when they can read the
 * work: a draft's gift (or one waiting for validation) is told when the work is posted. A refused gift tells nobody.
 */
import { claimGiftNotice, untoldGifts } from '../storage/gifts.ts';
import { userById } from '../storage/users.ts';
import { workById } from '../storage/works.ts';
import { addInboxNotice } from '../storage/inbox.ts';
import { undeliverable } from '../domain/subscriptions.ts';
import { hasReaderPage } from '../domain/work.ts';
import { listWorks } from './list-works.ts';
import type { Context } from './context.ts';
import { logError } from './notify-subscribers.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/** Tells the work's untold recipients who can read it now; the others wait for a later call (on posting). Never throws on mail. */
export async function notifyGiftRecipients(ctx: Context, workId: number): Promise<void> {
  const gifts = await untoldGifts(ctx.db, workId);
  if (gifts.length === 0) return;
  const work = await workById(ctx.db, workId);
  if (!work || work.deletedAt !== null) return;
  for (const gift of gifts) {
    const recipient = await userById(ctx.db, gift.recipientId);
    if (!recipient) continue;
    const readable = (await listWorks(ctx, recipient, [workId])).some((b) => hasReaderPage(b.work));
    if (!readable || !(await claimGiftNotice(ctx.db, gift.id, ctx.now()))) continue;
    // Giving a work to oneself (one's own other pseud) is no news.
    if (gift.givenBy === recipient.id) continue;
    const giver = gift.givenBy === null ? undefined : await userById(ctx.db, gift.givenBy);
    await addInboxNotice(ctx.db, { userId: recipient.id, kind: 'gift', workId, chapterId: null, actorId: giver?.id ?? null, now: ctx.now() });
    if (undeliverable(recipient.email)) continue;
    try {
      await ctx.mailer.send({ to: recipient.email, ...composeIn(await recipientLocale(ctx.db, recipient), () => {
        const giverName = giver?.login ?? t('mail.gift.someone');
        return {
          subject: t('mail.gift.subject', { giver: giverName, work: work.title }),
          text: t('mail.gift.body', { giver: giverName, work: work.title, url: `${ctx.baseUrl}/works/${workId}`, gifts: `${ctx.baseUrl}/users/${recipient.login}/gifts` }),
        };
      }) });
    } catch (err) {
      logError(ctx, err, 'sending a gift email failed', { workId, userId: recipient.id });
    }
  }
}
