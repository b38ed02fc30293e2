/** The moderators' queue of abuse reports: filters by status and reason, newest first, paginated. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { dateTime } from './time.ts';
import type { ReportFilter, ReportTargetKind } from '../../domain/abuse-report.ts';
import type { ReportQueue } from '../../actions/review-reports.ts';
import type { ReportRecord } from '../../storage/abuse-reports.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { reasonLabel } from './report-reason.ts';

const STATUS_CHOICES: readonly ReportFilter['status'][] = ['open', 'resolved', 'dismissed', 'all'];
/** A report status's word ("Open", "Resolved", "Dismissed", "All" for the filter). */
export const statusWord = (status: ReportFilter['status']): string => t(`moderation.reports.status.${status}`);
/** What kind of thing a report is about ("Work", "Comment", "Account"…). */
export const targetLabel = (kind: ReportTargetKind): string => t(`moderation.target.${kind}`);

/** Who sent a report, for staff: the account, or the guest's name. */
export const reporterName = (r: ReportRecord): Html =>
  r.reporterLogin ? html`<a href="/users/${r.reporterLogin}">${r.reporterLogin}</a>`
    : html`${r.reporterEmail ? (r.reporterName ? t('moderation.guest_named', { name: r.reporterName }) : t('moderation.a_guest')) : t('moderation.deleted_account')}`;

/** What a report is about: its kind, the address (a link), and whose it is. */
export const reportSubject = (r: ReportRecord): Html =>
  r.targetKind === 'user' && r.targetLogin ? html`${targetLabel('user')} <a href="${r.url}">${r.targetLogin}</a>`
    : html`${targetLabel(r.targetKind)} <a href="${r.url}">${r.url}</a>${r.targetLogin ? html` ${tHtml('moderation.by', { name: html`<a href="/users/${r.targetLogin}">${r.targetLogin}</a>` })}` : ''}`;

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 160).trimEnd()}…` : text);

function reportBlurb(r: ReportRecord): Html {
  return html`<li class="report blurb" id="report_${r.id}">
<h3 class="heading"><a href="/admin/reports/${r.id}">${t('moderation.report.name', { id: String(r.id) })}</a>: ${reasonLabel(r.reason)}</h3>
<p class="about">${reportSubject(r)}</p>
<p class="excerpt">${excerpt(r.body)}</p>
<p class="meta">${tHtml('moderation.from', { name: reporterName(r) })} · ${dateTime(r.createdAt)} · <span class="status status-${r.status}">${statusWord(r.status)}</span>${r.closedByLogin ? html` ${t('moderation.by', { name: r.closedByLogin })}` : ''}</p>
</li>`;
}

function filters(q: ReportQueue): Html {
  return html`<form method="get" action="/admin/reports" class="report-filters">
<fieldset><legend>${t('moderation.reports.which')}</legend>
<div class="field"><label for="report_status">${t('moderation.reports.status')}</label>
<select id="report_status" name="status">${STATUS_CHOICES.map((value) => html`<option value="${value}"${q.filter.status === value ? html` selected` : ''}>${statusWord(value)}</option>`)}</select></div>
<div class="field"><label for="report_reason">${t('moderation.reason')}</label>
<select id="report_reason" name="reason"><option value="">${t('moderation.reports.any_reason')}</option>${q.reasons.map((r) => html`<option value="${r}"${q.filter.reason === r ? html` selected` : ''}>${reasonLabel(r)}</option>`)}</select></div>
<p><button type="submit">${t('moderation.reports.show')}</button></p>
</fieldset>
</form>`;
}

function countHeading(q: ReportQueue): string {
  const values = { count: q.window.total, status: q.filter.status };
  return q.filter.reason ? t('moderation.reports.count.reason', { ...values, reason: reasonLabel(q.filter.reason) }) : t('moderation.reports.count', values);
}

/** The page. */
export function reportQueuePage(ctx: PageContext, q: ReportQueue): Html {
  const query = `status=${encodeURIComponent(q.filter.status)}${q.filter.reason ? `&reason=${encodeURIComponent(q.filter.reason)}` : ''}`;
  const w = q.window;
  return layout(ctx, w.pages > 1 ? t('moderation.reports.title.page', { page: w.page }) : t('moderation.reports.title'), html`<div class="report-queue">
<h1>${t('moderation.reports.title')}</h1>
<p>${tHtml('moderation.reports.intro', { audit: html`<a href="/admin/audit">${t('moderation.reports.intro.audit')}</a>` })}</p>
${filters(q)}
<h2 id="reports-heading">${countHeading(q)}</h2>
${q.reports.length ? html`<ol class="reports index" aria-labelledby="reports-heading">${q.reports.map(reportBlurb)}</ol>` : html`<p>${t('moderation.reports.none')}</p>`}
${pagination('/admin/reports', w, query)}
</div>`);
}
