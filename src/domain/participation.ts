/**
 * Who may take part (post, edit works, comment, give kudos, bookmark, message) rather than only read: one rule,
 * asked by every action that writes for the public, so a suspended or banned account, one that has not accepted
 * the current terms, or (when the archive asks for it) one without a confirmed email, is stopped in the domain
 * layer whatever page or tool the request came from.
 */
import type { Account } from './account.ts';
import { Forbidden } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** The archive's rules for taking part. */
export interface ParticipationPolicy {
  /** The terms of service version in force (0: none published). */
  tosVersion: number;
  /** Whether an unconfirmed email keeps an account from posting and commenting. */
  requireConfirmedEmail: boolean;
}

/** Why an account may not take part now. */
export type ParticipationBlock =
  | { kind: 'banned'; reason: string }
  | { kind: 'suspended'; until: number; reason: string }
  | { kind: 'terms'; version: number }
  | { kind: 'unconfirmed' };

/** Whether an account is banned (it may not log in). */
export const isBanned = (account: Pick<Account, 'bannedAt'>): boolean => account.bannedAt !== null;

/** Whether an account is suspended at `now`. */
export const isSuspended = (account: Pick<Account, 'suspendedUntil'>, now: number): boolean =>
  account.suspendedUntil !== null && account.suspendedUntil > now;

/** What keeps `account` from taking part at `now`, or undefined when it may. */
export function participationBlock(account: Account, policy: ParticipationPolicy, now: number): ParticipationBlock | undefined {
  if (isBanned(account)) return { kind: 'banned', reason: account.sanctionReason };
  if (isSuspended(account, now)) return { kind: 'suspended', until: account.suspendedUntil!, reason: account.sanctionReason };
  if (policy.tosVersion > 0 && account.tosVersion < policy.tosVersion) return { kind: 'terms', version: policy.tosVersion };
  if (policy.requireConfirmedEmail && !account.emailVerified) return { kind: 'unconfirmed' };
  return undefined;
}

/** The refusal when an account may not take part: the web layer shows what to do about it. */
export class ParticipationRefused extends Forbidden {
  readonly block: ParticipationBlock;
  constructor(block: ParticipationBlock) {
    super(refusalMessage(block));
    this.name = 'ParticipationRefused';
    this.block = block;
  }
}

function refusalMessage(block: ParticipationBlock): string {
  switch (block.kind) {
    case 'banned': return t('errors.participation.banned');
    case 'suspended': return t('errors.participation.suspended');
    case 'terms': return t('errors.participation.terms');
    case 'unconfirmed': return t('errors.participation.unconfirmed');
  }
}
