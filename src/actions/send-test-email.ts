/** "Send a test email": mails the admin who asks, and says what became of it (sent, only kept in the outbox, or the SMTP error). */
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden } from '../domain/errors.ts';
import type { MailOutcome } from '../services/mailer.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, askerLocale } from './mail-locale.ts';

/** Sends the message to the viewer's own address. */
export async function sendTestEmail(ctx: Context, viewer: Viewer): Promise<{ to: string; outcome: MailOutcome }> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const outcome = await ctx.mailer.send({
    to: viewer!.email,
    ...composeIn(askerLocale(viewer), () => ({
      subject: t('mail.test.subject'),
      text: `${t('mail.test.body', { at: new Date(ctx.now()).toISOString(), url: `${ctx.baseUrl}/admin`, login: viewer!.login })}\n`,
    })),
  });
  return { to: viewer!.email, outcome: outcome ?? { status: 'sent' } };
}
