/**
 * Gifts (AO3's "Gift this work to"): the recipients typed on the work form, and how a gift is keyed so that one work
 * names each member or free-text recipient once.
 */
import type { FieldErrors } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** At most this many recipients per work, and this many characters in one free-text name. */
export const GIFT_LIMITS = { recipients: 10, name: 100 } as const;

/** One recipient as typed: a name (login, pseud or free text), and the login when written "pseud (login)". */
export interface TypedRecipient {
  name: string;
  login?: string;
}

/** A recipient resolved: a member (their pseud, or null for their default) or a free-text name. */
export type GiftRecipient =
  | { kind: 'member'; userId: number; pseudId: number | null; typed: string }
  | { kind: 'name'; name: string };

/**
 * The comma-separated recipients of the form, each once (any case), in the order typed. "Sam (sam_writes)" names
 * the pseud Sam of the account sam_writes, as bylines print it.
 */
export function parseRecipients(text: string): TypedRecipient[] {
  const out: TypedRecipient[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const typed = part.replace(/\s+/g, ' ').trim();
    if (!typed) continue;
    const key = typed.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const m = /^(.+?) \((\w+)\)$/u.exec(typed);
    out.push(m ? { name: m[1]!.trim(), login: m[2]! } : { name: typed });
  }
  return out;
}

/** Problems with the recipients field before any is looked up: too many, or a name too long. */
export function recipientsProblems(recipients: readonly TypedRecipient[], errors: FieldErrors): void {
  if (recipients.length > GIFT_LIMITS.recipients) errors.recipients = t('errors.gift.too_many', { max: GIFT_LIMITS.recipients, count: recipients.length });
  const long = recipients.find((r) => [...r.name].length > GIFT_LIMITS.name);
  if (long && !errors.recipients) errors.recipients = t('errors.gift.name_long', { max: GIFT_LIMITS.name });
}

/** The key one work's gifts are unique on: the member, or the free-text name in any case. */
export const giftKey = (r: GiftRecipient): string => (r.kind === 'member' ? `u:${r.userId}` : `n:${r.name.trim().toLowerCase()}`);
