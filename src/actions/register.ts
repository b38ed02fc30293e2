/** A visitor opens an account; a verification link is mailed. */
import type { Account, RegistrationInput } from '../domain/account.ts';
import { createAccount } from './create-account.ts';
import { sendEmailVerification } from './verify-email.ts';
import type { Context } from './context.ts';

/** Registers an account with the role `user`; throws `Invalid` on bad input. */
export async function register(ctx: Context, input: RegistrationInput): Promise<Account> {
  const account = await ctx.db.transaction((tx) => createAccount(ctx, tx, input, { role: 'user', emailVerified: false }));
  await sendEmailVerification(ctx, account.id, account.email);
  return account;
}
