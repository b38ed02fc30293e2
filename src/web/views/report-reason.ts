/**
 * How a report reason reads: the archive's default reasons in the reader's language, reasons the admins wrote
 * themselves as written. The value sent and stored stays the reason itself, so filters and old reports keep matching.
 */
import { t } from '../../i18n/translate.ts';
import { DEFAULT_REPORT_REASONS } from '../../domain/site-policy.ts';

const KEYS: Record<string, string> = Object.fromEntries(DEFAULT_REPORT_REASONS.map((r) => [r, r.toLowerCase().replace(/\W+/g, '_')]));

/** The label of a report reason. */
export const reasonLabel = (reason: string): string => {
  const key = KEYS[reason];
  return key ? t(`moderation.reason.${key}`) : reason;
};
