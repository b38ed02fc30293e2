/** The "Report" link every reportable page carries: to the report form with the page's address filled in. */
import { html, type Html } from './html.ts';
import { t } from '../../i18n/translate.ts';

/** The report form for the page at `path` (slashes left readable in the query). */
export const reportHref = (path: string): string => `/abuse_reports/new?url=${encodeURIComponent(path).replace(/%2F/g, '/')}`;

/** A list item linking to the report form, for an item's action list. */
export const reportItem = (path: string, label = t('moderation.report.link')): Html => html`<li class="report"><a href="${reportHref(path)}" rel="nofollow">${label}</a></li>`;

/** A paragraph linking to the report form, under an item that has no action list there. */
export const reportParagraph = (path: string, label: string): Html => html`<p class="report-link"><a href="${reportHref(path)}" rel="nofollow">${label}</a></p>`;
