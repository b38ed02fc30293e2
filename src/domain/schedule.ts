/** Scheduling a chapter: the "YYYY-MM-DD HH:MM" (UTC) an author types, and the rule that it lies ahead. */
import type { FieldErrors } from './errors.ts';

const PATTERN = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

/** The instant a "YYYY-MM-DD HH:MM" UTC text stands for, or undefined when it is not one. */
export function parsePublishAt(text: string): number | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, day, hh, mm] = m;
  if (Number(hh) > 23 || Number(mm) > 59) return undefined;
  const ms = Date.parse(`${day}T${hh}:${mm}:00Z`);
  // Date.parse accepts 2024-02-31; the round trip rejects it.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? undefined : ms;
}

/** "YYYY-MM-DD HH:MM" (UTC) of an instant, as the form shows it. */
export const formatPublishAt = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** The scheduled time, or the field error (`publish_at`) when it is malformed or not in the future. */
export function scheduleProblem(text: string, now: number): { at: number } | { errors: FieldErrors } {
  const at = parsePublishAt(text);
  if (at === undefined) return { errors: { publish_at: 'Enter a date and time as YYYY-MM-DD HH:MM (UTC), e.g. 2030-01-31 18:00.' } };
  if (at <= now) return { errors: { publish_at: `${formatPublishAt(at)} UTC has already passed: choose a time in the future, or post the chapter now.` } };
  return { at };
}
