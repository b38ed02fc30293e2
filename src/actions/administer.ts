/** Admin tasks: the archive's identity settings and who holds which role. */
import { putSetting } from '../storage/settings.ts';
import { userById, updateRole, countByRole } from '../storage/users.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { siteNameProblem } from '../domain/site.ts';
import { ROLES, type Account, type Role } from '../domain/account.ts';
import { assertValid, Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Context } from './context.ts';

/** Renames the archive. */
export async function updateSiteSettings(ctx: Context, viewer: Viewer, input: { siteName: string }): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const problem = siteNameProblem(input.siteName);
  if (problem) assertValid({ site_name: problem });
  await putSetting(ctx.db, 'site_name', input.siteName.trim());
}

/** Gives an account a role. The last admin cannot step down, so the archive always has one. */
export async function changeRole(ctx: Context, viewer: Viewer, accountId: number, role: string): Promise<Account> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  if (!(ROLES as readonly string[]).includes(role)) throw new Invalid({ role: `Choose one of: ${ROLES.join(', ')}.` });
  return ctx.db.transaction(async (tx) => {
    const target = await userById(tx, accountId);
    if (!target) throw new NotFound('There is no such account.');
    if (target.role === 'admin' && role !== 'admin' && (await countByRole(tx, 'admin')) <= 1) {
      throw new Forbidden('This is the only admin. Make another account an admin first.');
    }
    await updateRole(tx, accountId, role as Role);
    return { ...target, role: role as Role };
  });
}
