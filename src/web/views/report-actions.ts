/**
 * What staff can do from a report: act on the item (the moderation endpoints, which close the report with the
 * same reason), close it with a note only (resolved or dismissed), and write to the reporter.
 */
import { html, type Html } from './html.ts';
import { csrfField, type FormState } from './form.ts';
import type { ReportView } from '../../actions/review-reports.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** One of this page's own forms, when it comes back with errors. */
export interface ReportActionForm {
  action: 'resolve' | 'dismiss' | 'reply';
  form: FormState;
}

const empty: FormState = { values: {}, errors: {} };
const stateOf = (sent: ReportActionForm | undefined, action: ReportActionForm['action']): FormState => (sent?.action === action ? sent.form : empty);

/** The message at the top of the page when one of its forms came back: what went wrong, and a link to that form. */
export function actionError(sent: ReportActionForm | undefined, open: boolean): Html | '' {
  if (!sent) return '';
  const stillThere = open || sent.action === 'reply';
  const text = Object.values(sent.form.errors).join(' ') || sent.form.message || t('moderation.actions.check');
  return html`<div class="form-error" role="alert"><p>${text}${stillThere ? html` <a href="#${sent.action}_heading">${t('moderation.actions.go_to_form')}</a>` : ''}</p></div>`;
}

/** A labelled textarea (or input) with an id of its own: several forms here send a field of the same name. */
function ownField(form: FormState, o: { id: string; name: string; key: string; label: string; hint?: string; input?: boolean }): Html {
  const error = form.errors[o.key];
  const describedBy = [o.hint ? `${o.id}_hint` : '', error ? `${o.id}_error` : ''].filter(Boolean).join(' ');
  const attrs = html`id="${o.id}" name="${o.name}" required${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  const value = form.values[o.key] ?? '';
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.id}_hint">${o.hint}</p>` : ''}
${error ? html`<p class="error" id="${o.id}_error">${error}</p>` : ''}
${o.input ? html`<input type="text" inputmode="numeric" ${attrs} value="${value}">` : html`<textarea ${attrs} rows="3">${value}</textarea>`}
</div>`;
}

function moderationForm(ctx: PageContext, reportId: number, o: { slug: string; action: string; title: string; hint: string; extra?: Html }): Html {
  return html`<form method="post" action="${o.action}" class="stack report-action" novalidate aria-labelledby="${o.slug}_heading">
${csrfField(ctx.csrfToken)}<input type="hidden" name="report_id" value="${reportId}">
<h3 id="${o.slug}_heading">${o.title}</h3>
${o.extra ?? ''}
${ownField(empty, { id: `${o.slug}_reason`, name: 'reason', key: 'reason', label: t('moderation.reason'), hint: o.hint })}
<p><button type="submit">${o.title}</button></p>
</form>`;
}

function itemActions(ctx: PageContext, v: ReportView): Html[] {
  const out: Html[] = [];
  const { item, report } = v;
  if ((item.kind === 'work' || item.kind === 'chapter') && item.canHide) {
    out.push(moderationForm(ctx, report.id, { slug: 'hide_work', action: `/admin/works/${item.workId}/hide`, title: t('moderation.actions.hide_work'), hint: t('moderation.actions.hide_work.hint') }));
  }
  if (item.kind === 'comment' && item.status === 'published' && item.hiddenAt === null) {
    out.push(moderationForm(ctx, report.id, { slug: 'hide_comment', action: `/admin/comments/${item.id}/hide`, title: t('moderation.actions.hide_comment'), hint: t('moderation.actions.hide_comment.hint') }));
  }
  if (item.kind === 'series' && item.hiddenAt === null) {
    out.push(moderationForm(ctx, report.id, { slug: 'hide_series', action: `/admin/series/${item.id}/hide`, title: t('moderation.actions.hide_series'), hint: t('moderation.actions.hide_owned.hint') }));
  }
  if (item.kind === 'collection' && item.hiddenAt === null) {
    out.push(moderationForm(ctx, report.id, { slug: 'hide_collection', action: `/admin/collections/${item.name}/hide`, title: t('moderation.actions.hide_collection'), hint: t('moderation.actions.hide_owned.hint') }));
  }
  if (report.targetLogin && report.targetUserId !== ctx.viewer?.id) {
    out.push(moderationForm(ctx, report.id, {
      slug: 'suspend_user', action: `/admin/users/${report.targetLogin}/suspend`, title: t('moderation.actions.suspend', { login: report.targetLogin }), hint: t('moderation.actions.suspend.hint'),
      extra: ownField(empty, { id: 'suspend_user_days', name: 'days', key: 'days', label: t('moderation.days'), input: true }),
    }));
  }
  return out;
}

function closeForm(ctx: PageContext, reportId: number, sent: ReportActionForm | undefined, action: 'resolve' | 'dismiss'): Html {
  const form = stateOf(sent, action);
  const title = t(`moderation.actions.${action}`);
  const hint = t(`moderation.actions.${action}.hint`);
  return html`<form method="post" action="/admin/reports/${reportId}/${action}" class="stack report-action" novalidate aria-labelledby="${action}_heading">
${csrfField(ctx.csrfToken)}
<h3 id="${action}_heading">${title}</h3>
${ownField(form, { id: `${action}_note`, name: 'note', key: 'note', label: t('moderation.report.note'), hint })}
<p><button type="submit">${title}</button></p>
</form>`;
}

function replyForm(ctx: PageContext, v: ReportView, sent: ReportActionForm | undefined): Html {
  if (!v.reporterEmail) return html`<p>${t('moderation.actions.reporter_deleted')}</p>`;
  const form = stateOf(sent, 'reply');
  return html`<form method="post" action="/admin/reports/${v.report.id}/reply" class="stack report-action" novalidate aria-labelledby="reply_heading">
${csrfField(ctx.csrfToken)}
<h3 id="reply_heading">${t('moderation.actions.reply')}</h3>
${ownField(form, { id: 'reply_message', name: 'message', key: 'message', label: t('moderation.actions.message'), hint: t('moderation.actions.message.hint') })}
<p><button type="submit">${t('moderation.actions.send_reply')}</button></p>
</form>`;
}

/** The actions section. */
export function reportActions(ctx: PageContext, v: ReportView, sent: ReportActionForm | undefined): Html {
  const open = v.report.status === 'open';
  const acts = open ? itemActions(ctx, v) : [];
  return html`<section aria-labelledby="actions_heading" class="report-actions">
<h2 id="actions_heading">${t('moderation.actions.heading')}</h2>
${open ? html`<p>${t('moderation.actions.intro')}${v.item.kind === 'work' || v.item.kind === 'chapter' ? html` ${tHtml('moderation.actions.intro.work', { link: html`<a href="/admin/works/${v.item.workId}/moderate?report=${v.report.id}">${t('moderation.actions.intro.work.link')}</a>` })}` : ''}${v.report.targetLogin ? html` ${tHtml('moderation.actions.intro.account', { login: v.report.targetLogin, link: html`<a href="/admin/users/${v.report.targetLogin}/moderate?report=${v.report.id}">${t('moderation.actions.intro.account.link')}</a>` })}` : ''}</p>
${acts}
${closeForm(ctx, v.report.id, sent, 'resolve')}
${closeForm(ctx, v.report.id, sent, 'dismiss')}` : html`<p>${t('moderation.actions.closed')}</p>`}
${replyForm(ctx, v, sent)}
</section>`;
}
