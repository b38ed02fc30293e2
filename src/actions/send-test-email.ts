/** "Send a test email": mails the admin who asks, and says what became of it (sent, only kept in the outbox, or the SMTP error). */
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden } from '../domain/errors.ts';
import type { MailOutcome } from '../services/mailer.ts';
import type { Context } from './context.ts';

/** Sends the message to the viewer's own address. */
export async function sendTestEmail(ctx: Context, viewer: Viewer): Promise<{ to: string; outcome: MailOutcome }> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const outcome = await ctx.mailer.send({
    to: viewer!.email,
    subject: 'Test email from your archive',
    text: `This is a test message, sent at ${new Date(ctx.now()).toISOString()} from ${ctx.baseUrl}/admin by ${viewer!.login}.\nIf you can read it, the archive's mail works.\n`,
  });
  return { to: viewer!.email, outcome: outcome ?? { status: 'sent' } };
}
