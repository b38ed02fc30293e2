/**
 * Admins set the archive's joining and posting policy: the sign-up mode, minimum age, whether email must be confirmed
 * before taking part, whether new authors' works wait for validation, invitations per member and report reasons.
 * Changing the invitations per member adds the difference to every member's balance. Audited with before and after.
 */
import { putSetting } from '../storage/settings.ts';
import { adjustEveryonesInvitations } from '../storage/users.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { assertValid, Forbidden } from '../domain/errors.ts';
import { parsePolicyForm, policyFormValues, type PolicyFormInput, type PolicySettings } from '../domain/signup-rules.ts';
import { sitePolicy } from './site-policy.ts';
import { DEFAULT_REPORT_REASONS } from '../domain/site-policy.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';

/** Saves the policy form; throws Invalid with field messages. Returns the settings that changed. */
export async function updateSitePolicy(ctx: Context, viewer: Viewer, input: PolicyFormInput): Promise<Partial<PolicySettings>> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const { settings, errors } = parsePolicyForm(input);
  assertValid(errors);
  return ctx.db.transaction(async (tx) => {
    const current = await sitePolicy(tx);
    const was = policyFormValues(current);
    // Compared as they take effect: a box as 1 or 0, an empty list of report reasons as the default list.
    const shown = (key: keyof PolicySettings, v: string) => {
      if (key === 'require_confirmed_email' || key === 'validate_new_authors') return v === '1' ? '1' : '0';
      return key === 'report_reasons' && v === '' ? DEFAULT_REPORT_REASONS.join('\n') : v;
    };
    const before: Partial<PolicySettings> = {};
    const after: Partial<PolicySettings> = {};
    for (const key of Object.keys(settings) as (keyof PolicySettings)[]) {
      const old = shown(key, was[key] ?? '');
      if (old === shown(key, settings[key])) continue;
      before[key] = old;
      after[key] = shown(key, settings[key]);
      await putSetting(tx, key, settings[key]);
    }
    if (Object.keys(after).length === 0) return after;
    await adjustEveryonesInvitations(tx, Number(settings.invitations_per_member) - current.invitationsPerMember);
    await audit(ctx, tx, viewer, { action: 'settings.policy', targetKind: 'settings', targetLabel: 'Joining and posting policy', before, after });
    return after;
  });
}
