/** The public report form (AO3's /abuse_reports/new) and the page confirming a report was sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { REPORT_BODY_MAX } from '../../domain/abuse-report.ts';
import type { ReportFormData } from '../../actions/report-abuse.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { reasonLabel } from './report-reason.ts';

/** The reasons as radio buttons in a fieldset, with the error read out for the group. */
function reasonChoice(form: FormState, reasons: readonly string[]): Html {
  const error = form.errors.reason;
  return html`<fieldset class="stack reasons${error ? ' has-error' : ''}"${error ? html` aria-describedby="abuse_report_reason_error"` : ''}>
<legend>${t('moderation.report_form.reason')}</legend>
${error ? html`<p class="error" id="abuse_report_reason_error">${error}</p>` : ''}
${reasons.map((r, i) => html`<div class="field checkbox"><input type="radio" id="abuse_report_reason_${i}" name="abuse_report[reason]" value="${r}"${form.values.reason === r ? html` checked` : ''}> <label for="abuse_report_reason_${i}">${reasonLabel(r)}</label></div>`)}
</fieldset>`;
}

function aboutYou(ctx: PageContext, form: FormState): Html {
  if (ctx.viewer) return html`<p>${t('moderation.report_form.member', { login: ctx.viewer.login })}</p>`;
  return html`<fieldset class="stack">
<legend>${t('moderation.report_form.about_you')}</legend>
${field(form, { key: 'username', name: 'abuse_report[username]', label: t('moderation.report_form.name'), autocomplete: 'name' })}
${field(form, { key: 'email', name: 'abuse_report[email]', label: t('moderation.report_form.email'), type: 'email', autocomplete: 'email', required: true, hint: t('moderation.report_form.email.hint') })}
</fieldset>`;
}

/** The form; `data.target` names what the address points to when it is known. */
export function reportFormPage(ctx: PageContext, data: ReportFormData, form: FormState): Html {
  return layout(ctx, t('moderation.report_form.title'), html`<div class="report-form">
<h1>${t('moderation.report_form.title')}</h1>
<p>${tHtml('moderation.report_form.intro', { rules: html`<a href="/rules">${t('moderation.report_form.intro.rules')}</a>` })}</p>
${formMessage(form)}
<form method="post" action="/abuse_reports" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<fieldset class="stack">
<legend>${t('moderation.report_form.what')}</legend>
${data.target && !form.errors.url ? html`<p id="report_target">${tHtml('moderation.report_form.target', { target: html`<strong>${data.target.label}</strong>` })}</p>` : ''}
${field(form, { key: 'url', name: 'abuse_report[url]', label: t('moderation.report_form.url'), required: true, hint: t('moderation.report_form.url.hint') })}
</fieldset>
${reasonChoice(form, data.reasons)}
${field(form, { key: 'comment', name: 'abuse_report[comment]', label: t('moderation.report_form.comment'), type: 'textarea', required: true, hint: t('moderation.report_form.comment.hint', { max: REPORT_BODY_MAX }) })}
${aboutYou(ctx, form)}
<div hidden><label for="abuse_report_website">${t('moderation.report_form.honeypot')}</label><input type="text" id="abuse_report_website" name="abuse_report[website]" tabindex="-1" autocomplete="off"></div>
<p><button type="submit">${t('moderation.report_form.send')}</button></p>
</form>
</div>`);
}

/** After sending: the reference to quote. */
export function reportSentPage(ctx: PageContext, id: number): Html {
  return layout(ctx, t('moderation.report_sent.title', { id: String(id) }), html`<div class="report-sent">
<h1>${t('moderation.report_sent.heading')}</h1>
<p class="lede">${tHtml('moderation.report_sent.reference', { reference: html`<strong id="report_reference">${t('moderation.report.name', { id: String(id) })}</strong>` })}</p>
<p>${t('moderation.report_sent.text')}</p>
<p><a href="/">${t('moderation.report_sent.home')}</a></p>
</div>`);
}
