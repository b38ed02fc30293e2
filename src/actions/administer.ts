/** Admin tasks: the archive's identity settings and who holds which role. */
import { putSetting } from '../storage/settings.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { userById, updateRole, countByRole } from '../storage/users.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { siteNameProblem, siteTextProblems, SITE_TEXTS, type SiteTextKey } from '../domain/site.ts';
import { ROLES, type Account, type Role } from '../domain/account.ts';
import { assertValid, Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Context } from './context.ts';

/** Renames the archive and saves its texts (footer, disclaimer, support, contact, rules), sanitized. */
export async function updateSiteSettings(ctx: Context, viewer: Viewer, input: { siteName: string; texts?: Partial<Record<SiteTextKey, string>> }): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const problem = siteNameProblem(input.siteName);
  assertValid({ ...(problem ? { site_name: problem } : {}), ...siteTextProblems(input.texts ?? {}) });
  await ctx.db.transaction(async (tx) => {
    await putSetting(tx, 'site_name', input.siteName.trim());
    for (const { key } of SITE_TEXTS) {
      const text = input.texts?.[key];
      if (text !== undefined) await putSetting(tx, key, sanitizeWorkHtml(text));
    }
  });
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
