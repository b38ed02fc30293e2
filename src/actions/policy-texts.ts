/**
 * The archive's Terms of Service and content policy: reading them, and admins editing them. Publishing the terms as
 * a new version bumps `tos_version`, so every member accepts it again before taking part (reading goes on); a
 * correction keeps the version. Both texts are sanitized like the other admin texts, and every change is audited
 * with the text before and after, so the log keeps each version members agreed to.
 */
import { getSettings, putSetting } from '../storage/settings.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Longest text of either page. */
export const POLICY_TEXT_MAX = 100_000;

/** The two pages as stored (sanitized HTML; '' when not written), with the terms' version and its date. */
export interface PolicyTexts {
  termsHtml: string;
  tosVersion: number;
  /** When the version in force was published (null: none yet). */
  termsPublishedAt: number | null;
  contentPolicyHtml: string;
}

const KEYS = ['tos_html', 'tos_version', 'tos_published_at', 'content_policy_html'] as const;

/** The texts in force. */
export async function policyTexts(db: Queryable): Promise<PolicyTexts> {
  const s = await getSettings(db, KEYS);
  const at = Number(s.get('tos_published_at'));
  return {
    termsHtml: s.get('tos_html') ?? '',
    tosVersion: Math.max(0, Math.trunc(Number(s.get('tos_version') ?? 0)) || 0),
    termsPublishedAt: at > 0 ? at : null,
    contentPolicyHtml: s.get('content_policy_html') ?? '',
  };
}

function cleaned(field: string, text: string): string {
  if (text.length > POLICY_TEXT_MAX) throw new Invalid({ [field]: t('errors.at_most_have_grouped', { max: POLICY_TEXT_MAX, length: text.length }) });
  const html = sanitizeWorkHtml(text);
  if (!html) throw new Invalid({ [field]: t('errors.policy.empty_text') });
  return html;
}

/** Saves the terms; `newVersion` publishes them as the next version (members accept again). Returns the version in force. */
export async function saveTerms(ctx: Context, viewer: Viewer, text: string, newVersion: boolean): Promise<number> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const html = cleaned('terms', text);
  return ctx.db.transaction(async (tx) => {
    const before = await policyTexts(tx);
    const version = newVersion ? before.tosVersion + 1 : before.tosVersion;
    await putSetting(tx, 'tos_html', html);
    if (newVersion) {
      await putSetting(tx, 'tos_version', String(version));
      await putSetting(tx, 'tos_published_at', String(ctx.now()));
    }
    await audit(ctx, tx, viewer, {
      action: newVersion ? 'terms.publish' : 'terms.correct', targetKind: 'settings', targetLabel: 'Terms of Service',
      before: { version: before.tosVersion, html: before.termsHtml }, after: { version, html },
    });
    return version;
  });
}

/** Saves the content policy. */
export async function saveContentPolicy(ctx: Context, viewer: Viewer, text: string): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const html = cleaned('content_policy', text);
  await ctx.db.transaction(async (tx) => {
    const before = await policyTexts(tx);
    await putSetting(tx, 'content_policy_html', html);
    await audit(ctx, tx, viewer, { action: 'content_policy.update', targetKind: 'settings', targetLabel: 'Content policy', before: { html: before.contentPolicyHtml }, after: { html } });
  });
}
