/** The moderators' page for one work: its state, and the forms to hide, unhide, delete or restore it (each with a reason). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { WorkAction } from '../../actions/moderate-work.ts';

/** What the page shows. */
export interface ModerateWorkModel {
  work: WorkRecord;
  byline: string;
  /** The actions the viewer may take from the work's state. */
  actions: readonly WorkAction[];
  /** The report this visit came from, closed together with the action. */
  reportId: number | undefined;
  /** When an admin can no longer restore it. */
  restorableUntil: number | undefined;
}

const LABELS: Record<WorkAction, { button: string; hint: string }> = {
  hide: { button: 'Hide this work', hint: 'Readers get “not found”; its creators still see it, with this reason and how to appeal.' },
  unhide: { button: 'Make it visible again', hint: 'It returns to listings, search and feeds at once. The reason is sent to its creators.' },
  delete: { button: 'Delete this work', hint: 'Kept for 30 days, when an admin can still restore it; then removed for good.' },
  restore: { button: 'Restore this work', hint: 'It returns exactly as it was.' },
};

function state(m: ModerateWorkModel): Html {
  const w = m.work;
  if (w.removal === null) return html`<p>Visible to readers.</p>`;
  const since = w.deletedAt !== null ? html` since ${dateTime(w.deletedAt)}` : '';
  const what = w.removal === 'hidden' ? 'Hidden by moderators' : w.removal === 'deleted' ? 'Deleted by moderators' : 'Waiting for validation';
  return html`<p><strong>${what}</strong>${since}.${w.removalReason ? html` Reason: ${w.removalReason}` : ''}</p>
${m.restorableUntil !== undefined ? html`<p>An admin can restore it until ${dateTime(m.restorableUntil)}.</p>` : ''}`;
}

/** The page. */
export function moderateWorkPage(ctx: PageContext, m: ModerateWorkModel, form: FormState): Html {
  const w = m.work;
  return layout(ctx, `Moderate: ${w.title}`, html`<h1>Moderate a work</h1>
<p><a href="/works/${w.id}">${w.title}</a> by ${m.byline || 'no one'} · <a href="/admin/audit?target_kind=work&amp;target_id=${w.id}">History</a>${w.removal === null ? html` · <a href="/admin/works/${w.id}/tags">Change rating, warnings or tags</a>` : ''}</p>
${state(m)}
${formMessage(form)}
${m.actions.map((action) => html`<form method="post" action="/admin/works/${w.id}/${action}" class="stack moderation-action">
${csrfField(ctx.csrfToken)}
${m.reportId !== undefined ? html`<input type="hidden" name="report_id" value="${m.reportId}">` : ''}
<h2>${LABELS[action].button}</h2>
${field({ values: form.values[`action`] === action ? form.values : {}, errors: form.values['action'] === action ? form.errors : {} }, { key: 'reason', name: 'reason', label: 'Reason', type: 'textarea', required: true, hint: LABELS[action].hint })}
<p><button type="submit">${LABELS[action].button}</button></p>
</form>`)}
${m.actions.length === 0 ? html`<p>There is nothing you can do to this work from its present state.</p>` : ''}`);
}
