/** One abuse report for the moderators: what was reported and by whom, the item in place, earlier reports, and the actions. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { dateTime } from './time.ts';
import { reportedItemView, textParagraphs } from './report-item.ts';
import { actionError, reportActions, type ReportActionForm } from './report-actions.ts';
import { reporterName, reportSubject, statusWord } from './report-queue.ts';
import type { ReportView } from '../../actions/review-reports.ts';
import type { ReportRecord } from '../../storage/abuse-reports.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { reasonLabel } from './report-reason.ts';

function status(r: ReportRecord): Html {
  if (r.status === 'open') return html`<strong>${statusWord('open')}</strong>`;
  return html`<strong>${statusWord(r.status)}</strong>${r.closedAt !== null ? html` ${tHtml('moderation.report.closed_on', { date: dateTime(r.closedAt) })}` : ''}${r.closedByLogin ? html` ${t('moderation.by', { name: r.closedByLogin })}` : r.closedBy === null ? html` ${t('moderation.report.automatically')}` : ''}`;
}

function related(v: ReportView): Html {
  if (!v.related.length) return html`<p>${t('moderation.report.related.none')}</p>`;
  const same = (r: ReportRecord) => (r.targetKind === v.report.targetKind && r.targetId === v.report.targetId ? t('moderation.report.related.this_item')
    : r.targetKind === 'user' ? t('moderation.report.related.the_account') : t('moderation.report.related.of_account', { kind: r.targetKind }));
  return html`<ul class="related-reports">${v.related.map((r) => html`<li><a href="/admin/reports/${r.id}">${t('moderation.report.name', { id: String(r.id) })}</a>: ${reasonLabel(r.reason)}, ${t('moderation.report.related.about', { what: same(r) })}
(<a href="${r.url}">${r.url}</a>), ${dateTime(r.createdAt)}, ${statusWord(r.status).toLowerCase()}</li>`)}</ul>`;
}

/** The page; `sent` is one of its forms coming back with errors. */
export function reportShowPage(ctx: PageContext, v: ReportView, now: number, sent?: ReportActionForm): Html {
  const r = v.report;
  return layout(ctx, t('moderation.report.name', { id: String(r.id) }), html`<div class="report-show">
<p><a href="/admin/reports">← ${t('moderation.reports.title')}</a></p>
<h1>${t('moderation.report.name', { id: String(r.id) })}: ${reasonLabel(r.reason)}</h1>
${actionError(sent, r.status === 'open')}
<dl class="meta">
<dt>${t('moderation.reports.status')}</dt><dd>${status(r)}</dd>
${r.note ? html`<dt>${t('moderation.report.note')}</dt><dd>${r.note}</dd>` : ''}
<dt>${t('moderation.report.received')}</dt><dd>${dateTime(r.createdAt)}</dd>
<dt>${t('moderation.report.about')}</dt><dd>${reportSubject(r)}</dd>
<dt>${t('moderation.report.from')}</dt><dd>${reporterName(r)}${v.reporterEmail ? html`, <a href="mailto:${v.reporterEmail}">${v.reporterEmail}</a>` : ''}</dd>
</dl>
<section aria-labelledby="report_text_heading">
<h2 id="report_text_heading">${t('moderation.report.text')}</h2>
<blockquote class="report-text">${textParagraphs(r.body)}</blockquote>
</section>
<section aria-labelledby="item_heading" class="reported-item">
<h2 id="item_heading">${t('moderation.report.item', { kind: r.targetKind })}</h2>
${reportedItemView(v.item, now)}
</section>
<section aria-labelledby="related_heading">
<h2 id="related_heading">${t('moderation.report.related')}</h2>
${related(v)}
</section>
${reportActions(ctx, v, sent)}
</div>`);
}
