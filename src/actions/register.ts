/** A visitor opens an account; a verification link is mailed. */
import type { Account, RegistrationInput } from '../domain/account.ts';
import { createAccount } from './create-account.ts';
import { sendEmailVerification } from './verify-email.ts';
import { admitAccount, type Admission } from './admit-signup.ts';
import type { Context } from './context.ts';

/** Registers an account with the role `user` if the archive admits it (admit-signup.ts); throws `Invalid` on bad input. */
export async function register(ctx: Context, input: RegistrationInput, admission: Admission): Promise<Account> {
  const account = await ctx.db.transaction((tx) => admitAccount(ctx, tx, admission, () => createAccount(ctx, tx, input, { role: 'user', emailVerified: false })));
  await sendEmailVerification(ctx, account.id, account.email);
  return account;
}
