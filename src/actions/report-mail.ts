/** Mail to whoever sent a report: sent after the action committed, and never failing it. */
import { userById } from '../storage/users.ts';
import type { Queryable } from '../storage/db.ts';
import type { ReportRecord } from '../storage/abuse-reports.ts';
import type { Context } from './context.ts';

/** Where to write to a report's sender: a guest's address as given, a member's account address as it is now. */
export async function reporterAddress(db: Queryable, r: Pick<ReportRecord, 'reporterId' | 'reporterEmail'>): Promise<string | undefined> {
  if (r.reporterId !== null) return (await userById(db, r.reporterId))?.email || undefined;
  return r.reporterEmail || undefined;
}

/** Sends one message of `paragraphs`; a failure is logged, the action stands. */
export async function mailReporter(ctx: Context, to: string | undefined, subject: string, paragraphs: readonly string[]): Promise<void> {
  if (!to) return;
  try {
    await ctx.mailer.send({ to, subject, text: `${paragraphs.join('\n\n')}\n\n— The archive's moderators` });
  } catch (err) {
    (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err, subject }, 'mail to a reporter failed');
  }
}

/** The message telling a reporter their report was closed: the same whether it was resolved or dismissed, and never what was done. */
export function handledParagraphs(ctx: Context, r: Pick<ReportRecord, 'id' | 'url'>): string[] {
  return [
    `The moderators have handled your report #${r.id} about ${ctx.baseUrl}${r.url}.`,
    'They do not say what they did: that is between them and the person concerned. Thank you for helping to look after the archive.',
  ];
}
