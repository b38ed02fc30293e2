/** Creating an account: the checks shared by registration, first-run setup and the CLI. */
import type { Queryable } from '../storage/db.ts';
import { insertUser, userByEmail, userByLogin } from '../storage/users.ts';
import { registrationProblems, type Account, type RegistrationInput, type Role } from '../domain/account.ts';
import { assertValid } from '../domain/errors.ts';
import { hashPassword } from '../services/passwords.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/**
 * Everything a sign-up sent was fine but its email address already has an account. Registration answers as if the
 * account were opened and mails the address's owner instead (register.ts), so the form tells no one which
 * addresses are registered; the operator's paths (setup, the CLI) get a field error as before.
 */
export class EmailTaken extends Error {
  readonly holder: Account;
  constructor(holder: Account) {
    super('An account already uses that email address.');
    this.holder = holder;
  }
}

/** How a taken email address is reported: a field error, or `EmailTaken` (public sign-up). */
export interface CreateOptions {
  role: Role;
  emailVerified: boolean;
  takenEmail?: 'field-error' | 'throw';
}

/** Validates and inserts an account inside `tx`; throws `Invalid` with field messages (or `EmailTaken`, see above). */
export async function createAccount(ctx: Context, tx: Queryable, input: RegistrationInput, options: CreateOptions): Promise<Account> {
  const errors = registrationProblems(input);
  if (!errors.login && (await userByLogin(tx, input.login))) errors.login = t('errors.account.login_taken');
  const holder = errors.email ? undefined : await userByEmail(tx, input.email);
  const quiet = options.takenEmail === 'throw';
  if (holder && !quiet) errors.email = t('errors.account.email_taken');
  assertValid(errors);
  // Hashed either way, so a taken address takes as long to answer as a new one.
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  if (holder) throw new EmailTaken(holder);
  return insertUser(tx, { login: input.login, email: input.email.trim(), passwordHash, role: options.role, emailVerified: options.emailVerified, now: ctx.now() });
}
