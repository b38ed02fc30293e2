/** Dates as pages show them: a `<time>` element with a machine-readable value and a UTC date (and time) in the reader's language. */
import { html, type Html } from './html.ts';
import { formatDate, t } from '../../i18n/translate.ts';

/** "Dec 6, 2026, 2:30 AM UTC" (English), "6 dic 2026, 2:30 UTC" (Spanish)… as text. */
export const dateTimeText = (ms: number): string => t('common.time.utc', { time: formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' }) });

/** The date and time in a `<time>` element. */
export const dateTime = (ms: number): Html => html`<time datetime="${new Date(ms).toISOString()}">${dateTimeText(ms)}</time>`;

/** "Dec 6, 2026" (English), "6 dic 2026" (Spanish)… in a `<time>` element. */
export const dateOnly = (ms: number): Html => html`<time datetime="${new Date(ms).toISOString().slice(0, 10)}">${formatDate(ms, { dateStyle: 'medium' })}</time>`;
