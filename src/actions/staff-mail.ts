/** Mail from the archive's staff to the people their actions concern: sent after the action committed, never failing it. */
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';

/** Sends one message to each account; a failure is logged, the action stands. */
export async function mailAccounts(ctx: Context, accounts: readonly Pick<Account, 'email'>[], subject: string, text: string): Promise<void> {
  for (const a of accounts) {
    if (!a.email) continue;
    try {
      await ctx.mailer.send({ to: a.email, subject, text });
    } catch (err) {
      (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err }, 'staff mail failed');
    }
  }
}
