/**
 * Scheduling a chapter: the date and time an author types (a datetime-local value, "YYYY-MM-DDTHH:MM", or with a
 * space) on the wall clock of their time zone, stored as a UTC instant, and the rule that it lies ahead.
 */
import type { FieldErrors } from './errors.ts';
import { DEFAULT_TIME_ZONE, localDateTime, zonedInstant } from './time-zone.ts';
import { t } from '../i18n/translate.ts';

const PATTERN = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

/** The instant a "YYYY-MM-DD HH:MM" text in `zone` stands for, or undefined when it is not one. */
export function parsePublishAt(text: string, zone: string = DEFAULT_TIME_ZONE): number | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, day, hh, mm] = m;
  if (Number(hh) > 23 || Number(mm) > 59) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  // Date.parse accepts 2024-02-31; the round trip rejects it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return undefined;
  return zonedInstant(day!, Number(hh), Number(mm), zone);
}

/** "YYYY-MM-DDTHH:MM" in `zone` of an instant, as the datetime-local field shows it. */
export const formatPublishAt = (ms: number, zone: string = DEFAULT_TIME_ZONE): string => localDateTime(ms, zone);

/** The scheduled time, or the field error (`publish_at`) when it is malformed or not in the future. */
export function scheduleProblem(text: string, now: number, zone: string = DEFAULT_TIME_ZONE): { at: number } | { errors: FieldErrors } {
  const at = parsePublishAt(text, zone);
  if (at === undefined) return { errors: { publish_at: t('errors.schedule.format', { zone }) } };
  if (at <= now) return { errors: { publish_at: t('errors.schedule.past', { time: formatPublishAt(at, zone).replace('T', ' '), zone }) } };
  return { at };
}
