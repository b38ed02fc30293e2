/** A person's unanswered invitations to co-create works; only they may see them. */
import { userByLogin } from '../storage/users.ts';
import { invitationsOf, creatorsOfWorks } from '../storage/work-creators.ts';
import { worksByIds } from '../storage/works.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** One invitation: the work and who invited (its current creators). */
export interface Invitation {
  workId: number;
  title: string;
  by: string[];
}

/** The invitations of the account `login`; throws NotFound or Forbidden for anyone else. */
export async function listInvitations(ctx: Context, viewer: Viewer, login: string): Promise<{ user: Account; invitations: Invitation[] }> {
  const user = await userByLogin(ctx.db, login);
  if (!user) throw new NotFound(t('errors.no_account_login', { login }));
  if (!canEditAccount(viewer, user.id)) throw new Forbidden(t('errors.account.invitations_private'));
  const works = (await worksByIds(ctx.db, await invitationsOf(ctx.db, user.id))).filter((w) => w.deletedAt === null);
  const creators = await creatorsOfWorks(ctx.db, works.map((w) => w.id));
  return {
    user,
    invitations: works.map((w) => ({ workId: w.id, title: w.title, by: (creators.get(w.id) ?? []).filter((c) => c.status !== 'invited').map((c) => c.login) })),
  };
}
