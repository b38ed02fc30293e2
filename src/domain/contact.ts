/** Readers writing to an author through the archive: what a message may hold and how often one may be sent. */
import type { FieldErrors } from './errors.ts';
import type { Limit } from './rate-limit.ts';

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
  if (!subject) e.subject = 'Write a subject.';
  else if (subject.length > CONTACT_LIMITS.subject || /[\r\n]/.test(subject)) e.subject = `Use one line of at most ${CONTACT_LIMITS.subject} characters.`;
  if (!input.message.trim()) e.message = 'Write a message.';
  else if (input.message.length > CONTACT_LIMITS.message) e.message = `Messages can be at most ${CONTACT_LIMITS.message.toLocaleString('en')} characters (you have ${input.message.length.toLocaleString('en')}).`;
  return e;
}
