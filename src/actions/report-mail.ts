/** Mail to whoever sent a report: sent after the action committed, and never failing it. */
import { userById } from '../storage/users.ts';
import type { Queryable } from '../storage/db.ts';
import type { ReportRecord } from '../storage/abuse-reports.ts';
import type { Context } from './context.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, recipientLocale, siteLocale } from './mail-locale.ts';

/** Where to write to a report's sender: a guest's address as given, a member's account address as it is now. */
export async function reporterAddress(db: Queryable, r: Pick<ReportRecord, 'reporterId' | 'reporterEmail'>): Promise<string | undefined> {
  return (await reporterMailbox(db, r))?.email;
}

/** A reporter's address and the language to write to them in (a member's own, else the archive's default). */
export async function reporterMailbox(db: Queryable, r: Pick<ReportRecord, 'reporterId' | 'reporterEmail'>): Promise<Mailbox | undefined> {
  if (r.reporterId !== null) {
    const user = await userById(db, r.reporterId);
    return user?.email ? { email: user.email, locale: await recipientLocale(db, user) } : undefined;
  }
  return r.reporterEmail ? { email: r.reporterEmail, locale: await siteLocale(db) } : undefined;
}

/** An address and the language mail to it is written in. */
export interface Mailbox { email: string; locale: Locale }

/** Sends one message of paragraphs, composed in the reporter's language; a failure is logged, the action stands. */
export async function mailReporter(ctx: Context, to: Mailbox | undefined, compose: () => { subject: string; paragraphs: readonly string[] }): Promise<void> {
  if (!to) return;
  const { subject, text } = composeIn(to.locale, () => {
    const m = compose();
    return { subject: m.subject, text: `${m.paragraphs.join('\n\n')}\n\n${t('mail.report.signature')}` };
  });
  try {
    await ctx.mailer.send({ to: to.email, subject, text });
  } catch (err) {
    (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err, subject }, 'mail to a reporter failed');
  }
}

/** The message telling a reporter their report was closed: the same whether it was resolved or dismissed, and never what was done. */
export function handledMail(ctx: Context, r: Pick<ReportRecord, 'id' | 'url'>): { subject: string; paragraphs: string[] } {
  const id = String(r.id);
  return {
    subject: t('mail.report.handled.subject', { id }),
    paragraphs: [t('mail.report.handled.body', { id, url: `${ctx.baseUrl}${r.url}` }), t('mail.report.handled.thanks')],
  };
}
