/**
 * Joining the archive and the admins' policy form, as pure rules: which door a visitor finds (the form, a request
 * for an invitation, or none), what the sign-up form must be ticked with, which posted works wait for validation,
 * and what the policy form may hold.
 */
import type { Account } from './account.ts';
import type { FieldErrors } from './errors.ts';
import { SIGNUP_MODES, type SignupMode, type SitePolicy } from './site-policy.ts';
import { t } from '../i18n/translate.ts';

/** What a sign-up form ticks: the terms of service, and being old enough. */
export interface SignupConsent {
  termsAccepted: boolean;
  ageConfirmed: boolean;
}

/** What a visitor meets at sign-up: the form, a request for an invitation, or a closed door. */
export type SignupDoor = 'form' | 'invitation-needed' | 'closed';

/** The door for a visitor arriving with (or without) a live invitation. A closed archive takes nobody, invited or not. */
export function signupDoor(mode: SignupMode, invited: boolean): SignupDoor {
  if (mode === 'closed') return 'closed';
  if (mode === 'invitation' && !invited) return 'invitation-needed';
  return 'form';
}

/** The sign-up form's consent boxes that are not ticked, as field messages. */
export function consentProblems(consent: SignupConsent, policy: Pick<SitePolicy, 'minimumAge'>): FieldErrors {
  const errors: FieldErrors = {};
  if (!consent.termsAccepted) errors.terms_of_service = t('errors.signup.terms');
  if (policy.minimumAge > 0 && !consent.ageConfirmed) errors.age_confirmed = t('errors.signup.age', { age: policy.minimumAge });
  return errors;
}

/** Whether a work `poster` has just posted waits for a moderator: only new (untrusted) members when the archive asks it; staff never. */
export const mustAwaitValidation = (policy: Pick<SitePolicy, 'validateNewAuthors'>, poster: Pick<Account, 'role' | 'trusted'>): boolean =>
  policy.validateNewAuthors && poster.role === 'user' && !poster.trusted;

/** Most report reasons, and their length. */
export const REPORT_REASONS_MAX = { count: 30, length: 100 } as const;

/** What the admins' policy form sends, as typed. */
export interface PolicyFormInput {
  signupMode: string;
  minimumAge: string;
  requireConfirmedEmail: boolean;
  validateNewAuthors: boolean;
  invitationsPerMember: string;
  reportReasons: string;
}

/** The settings the policy form writes (tos_version is changed only by publishing terms). */
export type PolicySettings = Record<'signup_mode' | 'min_age' | 'require_confirmed_email' | 'validate_new_authors' | 'invitations_per_member' | 'report_reasons', string>;

const wholeNumber = (v: string, min: number, max: number): number | undefined => {
  const t = v.trim();
  if (!/^\d{1,7}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
};

/** Checks the policy form; returns the settings to store, or field messages. */
export function parsePolicyForm(input: PolicyFormInput): { settings: PolicySettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!(SIGNUP_MODES as readonly string[]).includes(input.signupMode)) errors.signup_mode = t('errors.policy.mode');
  const age = wholeNumber(input.minimumAge, 0, 99);
  if (age === undefined) errors.min_age = t('errors.policy.min_age');
  const invitations = wholeNumber(input.invitationsPerMember, 0, 1000);
  if (invitations === undefined) errors.invitations_per_member = t('errors.policy.invitations', { max: 1000 });
  const reasons = input.reportReasons.split('\n').map((r) => r.trim()).filter(Boolean);
  if (reasons.length > REPORT_REASONS_MAX.count) errors.report_reasons = t('errors.policy.reasons_count', { max: REPORT_REASONS_MAX.count, count: reasons.length });
  else if (reasons.some((r) => r.length > REPORT_REASONS_MAX.length)) errors.report_reasons = t('errors.policy.reason_length', { max: REPORT_REASONS_MAX.length });
  return {
    errors,
    settings: {
      signup_mode: input.signupMode,
      min_age: String(age ?? ''),
      require_confirmed_email: input.requireConfirmedEmail ? '1' : '0',
      validate_new_authors: input.validateNewAuthors ? '1' : '0',
      invitations_per_member: String(invitations ?? ''),
      report_reasons: reasons.join('\n'),
    },
  };
}

/** The form values showing a policy in force. */
export function policyFormValues(policy: SitePolicy): Record<string, string> {
  return {
    signup_mode: policy.signupMode,
    min_age: String(policy.minimumAge),
    require_confirmed_email: policy.requireConfirmedEmail ? '1' : '',
    validate_new_authors: policy.validateNewAuthors ? '1' : '',
    invitations_per_member: String(policy.invitationsPerMember),
    report_reasons: policy.reportReasons.join('\n'),
  };
}

/** Most invitations admins send from the queue at once. */
export const MAX_INVITATION_BATCH = 500;
