/** Spam checks for guest comments: pure decisions; the caller keeps spam in the moderation queue. */
import { t } from '../i18n/translate.ts';

/** At most this many links in a guest comment. */
export const MAX_GUEST_LINKS = 2;
/** Guest comments per address per hour. */
export const GUEST_COMMENT_LIMIT = { limit: 5, windowMs: 60 * 60_000 } as const;

/** What the checks look at. */
export interface SpamInput {
  text: string;
  /** The hidden field people never fill in; bots often do. */
  honeypot: string;
  /** The same address's recent comment texts on this work. */
  recentTexts: readonly string[];
}

/** How many links a text holds. */
export const linkCount = (text: string): number => (text.match(/https?:\/\/|www\.|<a\s/gi) ?? []).length;

const normalized = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Why a guest comment looks like spam, or undefined. */
export function spamReason(s: SpamInput): 'honeypot' | 'links' | 'duplicate' | undefined {
  if (s.honeypot.trim() !== '') return 'honeypot';
  if (linkCount(s.text) > MAX_GUEST_LINKS) return 'links';
  if (s.recentTexts.some((t) => normalized(t) === normalized(s.text))) return 'duplicate';
  return undefined;
}

/** A guest's name and email: both required; the email is never shown. */
export function guestProblems(name: string, email: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (name.trim() === '') out.name = t('errors.guest.name');
  else if (name.length > 100) out.name = t('errors.report.name_long', { max: 100 });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) || email.length > 254) out.email = t('errors.guest.email');
  return out;
}
