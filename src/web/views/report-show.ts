/** One abuse report for the moderators: what was reported and by whom, the item in place, earlier reports, and the actions. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { dateTime } from './time.ts';
import { TARGET_LABELS } from '../../domain/abuse-report.ts';
import { reportedItemView, textParagraphs } from './report-item.ts';
import { actionError, reportActions, type ReportActionForm } from './report-actions.ts';
import { reporterName, reportSubject } from './report-queue.ts';
import type { ReportView } from '../../actions/review-reports.ts';
import type { ReportRecord } from '../../storage/abuse-reports.ts';
import type { PageContext } from './page.ts';

function status(r: ReportRecord): Html {
  if (r.status === 'open') return html`<strong>Open</strong>`;
  return html`<strong>${r.status === 'resolved' ? 'Resolved' : 'Dismissed'}</strong>${r.closedAt !== null ? html` on ${dateTime(r.closedAt)}` : ''}${r.closedByLogin ? html` by ${r.closedByLogin}` : r.closedBy === null ? ' automatically' : ''}`;
}

function related(v: ReportView): Html {
  if (!v.related.length) return html`<p>None: no other report is about this item or this account.</p>`;
  const same = (r: ReportRecord) => (r.targetKind === v.report.targetKind && r.targetId === v.report.targetId ? 'this item'
    : r.targetKind === 'user' ? 'the account' : `a ${TARGET_LABELS[r.targetKind].toLowerCase()} of the account`);
  return html`<ul class="related-reports">${v.related.map((r) => html`<li><a href="/admin/reports/${r.id}">Report #${r.id}</a>: ${r.reason}, about ${same(r)}
(<a href="${r.url}">${r.url}</a>), ${dateTime(r.createdAt)}, ${r.status}</li>`)}</ul>`;
}

/** The page; `sent` is one of its forms coming back with errors. */
export function reportShowPage(ctx: PageContext, v: ReportView, now: number, sent?: ReportActionForm): Html {
  const r = v.report;
  return layout(ctx, `Report #${r.id}`, html`<div class="report-show">
<p><a href="/admin/reports">← Abuse reports</a></p>
<h1>Report #${r.id}: ${r.reason}</h1>
${actionError(sent, r.status === 'open')}
<dl class="meta">
<dt>Status</dt><dd>${status(r)}</dd>
${r.note ? html`<dt>Note</dt><dd>${r.note}</dd>` : ''}
<dt>Received</dt><dd>${dateTime(r.createdAt)}</dd>
<dt>About</dt><dd>${reportSubject(r)}</dd>
<dt>From</dt><dd>${reporterName(r)}${v.reporterEmail ? html`, <a href="mailto:${v.reporterEmail}">${v.reporterEmail}</a>` : ''}</dd>
</dl>
<section aria-labelledby="report_text_heading">
<h2 id="report_text_heading">What the reporter wrote</h2>
<blockquote class="report-text">${textParagraphs(r.body)}</blockquote>
</section>
<section aria-labelledby="item_heading" class="reported-item">
<h2 id="item_heading">The reported ${TARGET_LABELS[r.targetKind].toLowerCase()}, as it is now</h2>
${reportedItemView(v.item, now)}
</section>
<section aria-labelledby="related_heading">
<h2 id="related_heading">Other reports about this item or account</h2>
${related(v)}
</section>
${reportActions(ctx, v, sent)}
</div>`);
}
