/** Readers writing to an author through the archive: what a message may hold and how often one may be sent. */
import type { FieldErrors } from './errors.ts';
import type { Limit } from './rate-limit.ts';
import { t } from '../i18n/translate.ts';

export const CONTACT_LIMITS = { subject: 200, message: 5000 } as const;

/** Messages one account may send in an hour, to everyone together. */
export const CONTACT_RATE: Limit = { limit: 5, windowMs: 60 * 60_000 };

/** What the contact form sends. */
export interface ContactInput {
  subject: string;
  message: string;
}

/** Field errors of a contact message. */
export function contactProblems(input: ContactInput): FieldErrors {
  const e: FieldErrors = {};
  const subject = input.subject.trim();
  if (!subject) e.subject = t('errors.contact.subject');
  else if (subject.length > CONTACT_LIMITS.subject || /[\r\n]/.test(subject)) e.subject = t('errors.contact.subject_long', { max: CONTACT_LIMITS.subject });
  if (!input.message.trim()) e.message = t('errors.contact.message');
  else if (input.message.length > CONTACT_LIMITS.message) e.message = t('errors.contact.message_long', { max: CONTACT_LIMITS.message, length: input.message.length });
  return e;
}
