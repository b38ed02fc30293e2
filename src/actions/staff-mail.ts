/** Mail from the archive's staff to the people their actions concern: sent after the action committed, never failing it. */
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/** A mail's subject and text, composed for one recipient (in their language: see mail-locale.ts). */
export type StaffMail = () => { subject: string; text: string };

/** Sends one message to each account, composed in its language; a failure is logged, the action stands. */
export async function mailAccounts(ctx: Context, accounts: readonly (Pick<Account, 'email'> & Partial<Pick<Account, 'locale'>>)[], compose: StaffMail): Promise<void> {
  for (const a of accounts) {
    if (!a.email) continue;
    try {
      await ctx.mailer.send({ to: a.email, ...composeIn(await recipientLocale(ctx.db, a), compose) });
    } catch (err) {
      (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err }, 'staff mail failed');
    }
  }
}
