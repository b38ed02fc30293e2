/** Creating an account: the checks shared by registration, first-run setup and the CLI. */
import type { Queryable } from '../storage/db.ts';
import { insertUser, userByEmail, userByLogin } from '../storage/users.ts';
import { registrationProblems, type Account, type RegistrationInput, type Role } from '../domain/account.ts';
import { assertValid } from '../domain/errors.ts';
import { hashPassword } from '../services/passwords.ts';
import type { Context } from './context.ts';

/** Validates and inserts an account inside `tx`; throws `Invalid` with field messages. */
export async function createAccount(ctx: Context, tx: Queryable, input: RegistrationInput, options: { role: Role; emailVerified: boolean }): Promise<Account> {
  const errors = registrationProblems(input);
  if (!errors.login && (await userByLogin(tx, input.login))) errors.login = 'That username is taken.';
  if (!errors.email && (await userByEmail(tx, input.email))) errors.email = 'An account already uses that email address. You can reset its password from the login page.';
  assertValid(errors);
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  return insertUser(tx, { login: input.login, email: input.email.trim(), passwordHash, role: options.role, emailVerified: options.emailVerified, now: ctx.now() });
}
