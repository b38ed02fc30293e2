/** The moderators' queue of abuse reports: filters by status and reason, newest first, paginated. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { dateTime } from './time.ts';
import { TARGET_LABELS, type ReportFilter } from '../../domain/abuse-report.ts';
import type { ReportQueue } from '../../actions/review-reports.ts';
import type { ReportRecord } from '../../storage/abuse-reports.ts';
import type { PageContext } from './page.ts';

const STATUS_CHOICES: [ReportFilter['status'], string][] = [['open', 'Open'], ['resolved', 'Resolved'], ['dismissed', 'Dismissed'], ['all', 'All']];
const STATUS_WORDS: Record<ReportRecord['status'], string> = { open: 'Open', resolved: 'Resolved', dismissed: 'Dismissed' };

/** Who sent a report, for staff: the account, or the guest's name. */
export const reporterName = (r: ReportRecord): Html =>
  r.reporterLogin ? html`<a href="/users/${r.reporterLogin}">${r.reporterLogin}</a>`
    : r.reporterEmail ? (r.reporterName ? html`${r.reporterName} (guest)` : html`a guest`) : html`a deleted account`;

/** What a report is about: its kind, the address (a link), and whose it is. */
export const reportSubject = (r: ReportRecord): Html =>
  r.targetKind === 'user' && r.targetLogin ? html`Account <a href="${r.url}">${r.targetLogin}</a>`
    : html`${TARGET_LABELS[r.targetKind]} <a href="${r.url}">${r.url}</a>${r.targetLogin ? html` by <a href="/users/${r.targetLogin}">${r.targetLogin}</a>` : ''}`;

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 160).trimEnd()}…` : text);

function reportBlurb(r: ReportRecord): Html {
  return html`<li class="report blurb" id="report_${r.id}">
<h3 class="heading"><a href="/admin/reports/${r.id}">Report #${r.id}</a>: ${r.reason}</h3>
<p class="about">${reportSubject(r)}</p>
<p class="excerpt">${excerpt(r.body)}</p>
<p class="meta">From ${reporterName(r)} · ${dateTime(r.createdAt)} · <span class="status status-${r.status}">${STATUS_WORDS[r.status]}</span>${r.closedByLogin ? html` by ${r.closedByLogin}` : ''}</p>
</li>`;
}

function filters(q: ReportQueue): Html {
  return html`<form method="get" action="/admin/reports" class="report-filters">
<fieldset><legend>Which reports</legend>
<div class="field"><label for="report_status">Status</label>
<select id="report_status" name="status">${STATUS_CHOICES.map(([value, label]) => html`<option value="${value}"${q.filter.status === value ? html` selected` : ''}>${label}</option>`)}</select></div>
<div class="field"><label for="report_reason">Reason</label>
<select id="report_reason" name="reason"><option value="">Any reason</option>${q.reasons.map((r) => html`<option value="${r}"${q.filter.reason === r ? html` selected` : ''}>${r}</option>`)}</select></div>
<p><button type="submit">Show</button></p>
</fieldset>
</form>`;
}

function countHeading(q: ReportQueue): string {
  const n = q.window.total;
  const status = q.filter.status === 'all' ? '' : `${q.filter.status} `;
  const reason = q.filter.reason ? ` for “${q.filter.reason}”` : '';
  return `${n.toLocaleString('en')} ${status}report${n === 1 ? '' : 's'}${reason}`;
}

/** The page. */
export function reportQueuePage(ctx: PageContext, q: ReportQueue): Html {
  const query = `status=${encodeURIComponent(q.filter.status)}${q.filter.reason ? `&reason=${encodeURIComponent(q.filter.reason)}` : ''}`;
  const w = q.window;
  return layout(ctx, w.pages > 1 ? `Abuse reports (page ${w.page})` : 'Abuse reports', html`<div class="report-queue">
<h1>Abuse reports</h1>
<p>What readers reported, newest first. Open a report to see the item as it is now (even if hidden), who sent it and what was reported before,
and to act on it. <a href="/admin/audit">The audit log</a> lists what staff did.</p>
${filters(q)}
<h2 id="reports-heading">${countHeading(q)}</h2>
${q.reports.length ? html`<ol class="reports index" aria-labelledby="reports-heading">${q.reports.map(reportBlurb)}</ol>` : html`<p>No reports match.</p>`}
${pagination('/admin/reports', w, query)}
</div>`);
}
