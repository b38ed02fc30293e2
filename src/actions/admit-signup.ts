/**
 * Who may join, decided inside the new account's own transaction: the archive's sign-up mode (open, invitation
 * only, closed), the consent boxes (terms of service, minimum age) and, when one is needed or given, a live
 * invitation. Once the account exists it records the terms version accepted and when, gives the account its
 * invitations to send, and uses the invitation up, so a link opens one account however often it is sent.
 */
import type { Account } from '../domain/account.ts';
import { assertValid, Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import { consentProblems, signupDoor, type SignupConsent } from '../domain/signup-rules.ts';
import { liveInvitation, useInvitation } from '../storage/invitations.ts';
import { setInvitationsLeft, setTermsAccepted } from '../storage/users.ts';
import type { Queryable } from '../storage/db.ts';
import { hashToken } from './secret-token.ts';
import { sitePolicy } from './site-policy.ts';
import { EmailTaken } from './create-account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What a sign-up brings besides the account's fields: the ticked boxes and, when invited, the link's token. */
export interface Admission {
  consent: SignupConsent;
  invitationToken?: string;
}

/** Said of an invitation link that is unknown or already used. */
export const invitationGone = (): string => t('account.error.invitation_gone');

/** Refusals at a door that is not open to this visitor. */
const DOOR_REFUSAL = {
  closed: () => t('account.register.closed'),
  'invitation-needed': () => t('account.error.signup_invitation'),
} as const;

/**
 * Admits a sign-up in `tx`: throws Forbidden at a closed door, NotFound for a dead invitation, Invalid (the
 * account's field problems and the unticked boxes together) otherwise; `create` inserts the account.
 */
export async function admitAccount(ctx: Pick<Context, 'now'>, tx: Queryable, admission: Admission, create: () => Promise<Account>): Promise<Account> {
  const policy = await sitePolicy(tx);
  const tokenHash = admission.invitationToken ? hashToken(admission.invitationToken) : undefined;
  if (tokenHash && !(await liveInvitation(tx, tokenHash))) throw new NotFound(invitationGone());
  const door = signupDoor(policy.signupMode, tokenHash !== undefined);
  if (door !== 'form') throw new Forbidden(DOOR_REFUSAL[door]());
  const unticked = consentProblems(admission.consent, policy);
  let account: Account;
  try {
    account = await create();
  } catch (error) {
    if (error instanceof Invalid) throw new Invalid({ ...error.fields, ...unticked }, error.message);
    // A taken address answers as a new one would, so an unticked box is reported the same way.
    if (error instanceof EmailTaken) assertValid(unticked);
    throw error;
  }
  assertValid(unticked);
  const now = ctx.now();
  await setTermsAccepted(tx, account.id, policy.tosVersion, now);
  if (policy.invitationsPerMember > 0) await setInvitationsLeft(tx, account.id, policy.invitationsPerMember);
  if (tokenHash && !(await useInvitation(tx, tokenHash, account.id, now))) throw new NotFound(invitationGone());
  return { ...account, tosVersion: policy.tosVersion, invitationsLeft: policy.invitationsPerMember };
}

/** Whether an invitation link can still open an account (the sign-up form is shown for it). */
export async function invitationIsLive(db: Queryable, token: string): Promise<{ email: string } | undefined> {
  const invitation = token ? await liveInvitation(db, hashToken(token)) : undefined;
  return invitation && { email: invitation.email };
}
