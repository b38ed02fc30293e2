/** Admin tasks: the archive's identity settings and who holds which role; each change is written to the audit log. */
import { getSettings, putSetting } from '../storage/settings.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { userById, updateRole, countByRole } from '../storage/users.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { siteNameProblem, siteTextProblems, siteLookProblems, SITE_TEXTS, SITE_LOOK_KEYS, SITE_LOCALE_KEY, DEFAULT_SITE_NAME, type SiteTextKey, type SiteLook } from '../domain/site.ts';
import { localeChoice } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';
import { ROLES, type Account, type Role } from '../domain/account.ts';
import { assertValid, Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';

/** Long texts are shortened in the audit log's before/after (their length is kept). */
const AUDIT_TEXT_MAX = 500;
const forAudit = (v: string) => (v.length > AUDIT_TEXT_MAX ? `${v.slice(0, AUDIT_TEXT_MAX)}… (${v.length} characters)` : v);

/** What the settings form sends; texts and look settings left out stay as they are. */
export interface SiteSettingsInput {
  siteName: string;
  /** The default interface language: a locale code, '' for English; left out, it stays as it is. */
  locale?: string;
  texts?: Partial<Record<SiteTextKey, string>>;
  look?: Partial<SiteLook>;
}

/** Renames the archive, saves its texts (sanitized) and its look (logo, favicon, tagline), and audits what changed. */
export async function updateSiteSettings(ctx: Context, viewer: Viewer, input: SiteSettingsInput): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const problem = siteNameProblem(input.siteName);
  const locale = input.locale === undefined ? undefined : localeChoice(input.locale);
  const localeProblem: Record<string, string> = input.locale !== undefined && locale === undefined ? { [SITE_LOCALE_KEY]: t('site.language.unknown') } : {};
  assertValid({ ...(problem ? { site_name: problem } : {}), ...localeProblem, ...siteTextProblems(input.texts ?? {}), ...siteLookProblems(input.look ?? {}) });
  const next = new Map<string, string>([['site_name', input.siteName.trim()]]);
  if (locale !== undefined) next.set(SITE_LOCALE_KEY, locale ?? '');
  for (const { key } of SITE_TEXTS) {
    const text = input.texts?.[key];
    if (text !== undefined) next.set(key, sanitizeWorkHtml(text));
  }
  for (const key of SITE_LOOK_KEYS) {
    const value = input.look?.[key];
    if (value !== undefined) next.set(key, value.trim());
  }
  await ctx.db.transaction(async (tx) => {
    const stored = await getSettings(tx, [...next.keys()]);
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const [key, value] of next) {
      const old = stored.get(key) ?? (key === 'site_name' ? DEFAULT_SITE_NAME : '');
      if (old === value) continue;
      before[key] = forAudit(old);
      after[key] = forAudit(value);
      await putSetting(tx, key, value);
    }
    if (Object.keys(after).length > 0) await audit(ctx, tx, viewer, { action: 'settings.update', targetKind: 'settings', targetLabel: Object.keys(after).join(', '), before, after });
  });
}

/** Gives an account a role. The last admin cannot step down, so the archive always has one. Audited as role.change. */
export async function changeRole(ctx: Context, viewer: Viewer, accountId: number, role: string): Promise<Account> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  if (!(ROLES as readonly string[]).includes(role)) throw new Invalid({ role: t('errors.admin.role', { roles: ROLES.join(', ') }) });
  return ctx.db.transaction(async (tx) => {
    const target = await userById(tx, accountId);
    if (!target) throw new NotFound(t('errors.no_account'));
    if (target.role === 'admin' && role !== 'admin' && (await countByRole(tx, 'admin')) <= 1) {
      throw new Forbidden(t('errors.admin.only_admin'));
    }
    if (target.role !== role) {
      await updateRole(tx, accountId, role as Role);
      await audit(ctx, tx, viewer, { action: 'role.change', targetKind: 'user', targetId: target.id, targetLabel: target.login, targetUserId: target.id, before: { role: target.role }, after: { role } });
    }
    return { ...target, role: role as Role };
  });
}
