/** First run: name the archive and create its first admin. Only possible while no account exists. */
import { countUsers } from '../storage/users.ts';
import { putSetting } from '../storage/settings.ts';
import { assertValid, Forbidden } from '../domain/errors.ts';
import type { Account, RegistrationInput } from '../domain/account.ts';
import { siteNameProblem } from '../domain/site.ts';
import { createAccount } from './create-account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Creates the first admin account and stores the site name. */
export async function setUpSite(ctx: Context, input: RegistrationInput & { siteName: string }): Promise<Account> {
  const problem = siteNameProblem(input.siteName);
  return ctx.db.transaction(async (tx) => {
    if ((await countUsers(tx)) > 0) throw new Forbidden(t('errors.setup.done'));
    if (problem) assertValid({ site_name: problem });
    const admin = await createAccount(ctx, tx, input, { role: 'admin', emailVerified: true });
    await putSetting(tx, 'site_name', input.siteName.trim());
    return admin;
  });
}
