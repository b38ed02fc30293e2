/** The moderators' page for one work: its state, and the forms to hide, unhide, delete or restore it (each with a reason). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { WorkAction } from '../../actions/moderate-work.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

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

/** An action's button and hint, in the reader's language. */
const label = (action: WorkAction): { button: string; hint: string } =>
  ({ button: t(`moderation.work.${action}`), hint: t(`moderation.work.${action}.hint`) });

function state(m: ModerateWorkModel): Html {
  const w = m.work;
  if (w.removal === null) return html`<p>${t('moderation.work.visible')}</p>`;
  const since = w.deletedAt !== null ? html` ${tHtml('moderation.work.since', { date: dateTime(w.deletedAt) })}` : '';
  return html`<p><strong>${t(`moderation.work_state.${w.removal}`)}</strong>${since}.${w.removalReason ? html` ${t('moderation.user.reason', { reason: w.removalReason })}` : ''}</p>
${m.restorableUntil !== undefined ? html`<p>${tHtml('moderation.work.restorable_until', { date: dateTime(m.restorableUntil) })}</p>` : ''}`;
}

/** The page. */
export function moderateWorkPage(ctx: PageContext, m: ModerateWorkModel, form: FormState): Html {
  const w = m.work;
  return layout(ctx, t('moderation.title', { name: w.title }), html`<h1>${t('moderation.work.heading')}</h1>
<p>${tHtml('moderation.work.by', { work: html`<a href="/works/${w.id}">${w.title}</a>`, byline: m.byline || t('moderation.work.no_one') })} · <a href="/admin/audit?target_kind=work&amp;target_id=${w.id}">${t('moderation.work.history')}</a>${w.removal === null ? html` · <a href="/admin/works/${w.id}/tags">${t('moderation.retag.heading')}</a>` : ''}</p>
${state(m)}
${formMessage(form)}
${m.actions.map((action) => html`<form method="post" action="/admin/works/${w.id}/${action}" class="stack moderation-action">
${csrfField(ctx.csrfToken)}
${m.reportId !== undefined ? html`<input type="hidden" name="report_id" value="${m.reportId}">` : ''}
<h2>${label(action).button}</h2>
${field({ values: form.values[`action`] === action ? form.values : {}, errors: form.values['action'] === action ? form.errors : {} }, { key: 'reason', name: 'reason', label: t('moderation.reason'), type: 'textarea', required: true, hint: label(action).hint })}
<p><button type="submit">${label(action).button}</button></p>
</form>`)}
${m.actions.length === 0 ? html`<p>${t('moderation.work.nothing_to_do')}</p>` : ''}`);
}
