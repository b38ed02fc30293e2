/** Dates as pages show them: a `<time>` element with a machine-readable value and a UTC date (and time) formatted by Intl. */
import { html, type Html } from './html.ts';

const DATE_TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Dec 6, 2026, 2:30 AM UTC" in a `<time>` element. */
export const dateTime = (ms: number): Html => html`<time datetime="${new Date(ms).toISOString()}">${DATE_TIME.format(ms)} UTC</time>`;

/** "Dec 6, 2026" in a `<time>` element. */
export const dateOnly = (ms: number): Html => html`<time datetime="${new Date(ms).toISOString().slice(0, 10)}">${DATE.format(ms)}</time>`;

/** The same date and time as plain text (CSV, mail). */
export const dateTimeText = (ms: number): string => `${DATE_TIME.format(ms)} UTC`;
