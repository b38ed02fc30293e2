/**
 * The archive's governance settings (kept in the settings table, edited by admins): how people join, what they
 * must accept, whether new authors' works wait for validation, and what reports may be about.
 */
import type { ParticipationPolicy } from './participation.ts';

/** How accounts are created: by anyone, by invitation only (with a request queue), or not at all. */
export const SIGNUP_MODES = ['open', 'invitation', 'closed'] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

/** Reasons a report may give, unless admins set their own list. */
export const DEFAULT_REPORT_REASONS = ['Spam', 'Harassment', 'Plagiarism', 'Illegal content', 'Missing rating or warning', 'Other'] as const;

/** The policy as the code uses it. */
export interface SitePolicy extends ParticipationPolicy {
  signupMode: SignupMode;
  minimumAge: number;
  validateNewAuthors: boolean;
  reportReasons: string[];
  /** Invitations each member may send (invitation-only archives). */
  invitationsPerMember: number;
}

/** The settings keys the policy is read from. */
export const POLICY_KEYS = ['signup_mode', 'min_age', 'tos_version', 'require_confirmed_email', 'validate_new_authors', 'report_reasons', 'invitations_per_member'] as const;

const int = (v: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** The policy from stored settings, with defaults for anything unset or malformed. */
export function policyFrom(settings: ReadonlyMap<string, string>): SitePolicy {
  const mode = settings.get('signup_mode');
  const reasons = (settings.get('report_reasons') ?? '').split('\n').map((r) => r.trim()).filter(Boolean);
  return {
    signupMode: (SIGNUP_MODES as readonly string[]).includes(mode ?? '') ? (mode as SignupMode) : 'open',
    minimumAge: int(settings.get('min_age'), 13, 0, 99),
    tosVersion: int(settings.get('tos_version'), 0, 0, 1_000_000),
    requireConfirmedEmail: settings.get('require_confirmed_email') !== '0',
    validateNewAuthors: settings.get('validate_new_authors') === '1',
    reportReasons: reasons.length ? reasons : [...DEFAULT_REPORT_REASONS],
    invitationsPerMember: int(settings.get('invitations_per_member'), 0, 0, 1000),
  };
}
