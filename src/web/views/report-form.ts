/** The public report form (AO3's /abuse_reports/new) and the page confirming a report was sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { REPORT_BODY_MAX } from '../../domain/abuse-report.ts';
import type { ReportFormData } from '../../actions/report-abuse.ts';
import type { PageContext } from './page.ts';

/** The reasons as radio buttons in a fieldset, with the error read out for the group. */
function reasonChoice(form: FormState, reasons: readonly string[]): Html {
  const error = form.errors.reason;
  return html`<fieldset class="stack reasons${error ? ' has-error' : ''}"${error ? html` aria-describedby="abuse_report_reason_error"` : ''}>
<legend>What is the problem?</legend>
${error ? html`<p class="error" id="abuse_report_reason_error">${error}</p>` : ''}
${reasons.map((r, i) => html`<div class="field checkbox"><input type="radio" id="abuse_report_reason_${i}" name="abuse_report[reason]" value="${r}"${form.values.reason === r ? html` checked` : ''}> <label for="abuse_report_reason_${i}">${r}</label></div>`)}
</fieldset>`;
}

function aboutYou(ctx: PageContext, form: FormState): Html {
  if (ctx.viewer) return html`<p>The moderators will write to the email address of your account, ${ctx.viewer.login}. Nobody but them sees who sent a report.</p>`;
  return html`<fieldset class="stack">
<legend>About you</legend>
${field(form, { key: 'username', name: 'abuse_report[username]', label: 'Your name (optional)', autocomplete: 'name' })}
${field(form, { key: 'email', name: 'abuse_report[email]', label: 'Your email address', type: 'email', autocomplete: 'email', required: true, hint: 'Never shown publicly. The moderators use it to tell you about your report; nobody but them sees who sent it.' })}
</fieldset>`;
}

/** The form; `data.target` names what the address points to when it is known. */
export function reportFormPage(ctx: PageContext, data: ReportFormData, form: FormState): Html {
  return layout(ctx, 'Report a problem', html`<div class="report-form">
<h1>Report a problem</h1>
<p>Tell the archive's moderators about something here that breaks the <a href="/rules">rules and terms</a>: spam, harassment, plagiarism,
illegal content, a work without the rating or warnings it needs. The moderators read every report; the person you report is not told who sent it.</p>
${formMessage(form)}
<form method="post" action="/abuse_reports" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<fieldset class="stack">
<legend>What you are reporting</legend>
${data.target && !form.errors.url ? html`<p id="report_target">This address is the page of: <strong>${data.target.label}</strong></p>` : ''}
${field(form, { key: 'url', name: 'abuse_report[url]', label: 'Address of the page', required: true, hint: 'Filled in when you follow a Report link; otherwise copy it from the address bar, e.g. /works/123 or the full address.' })}
</fieldset>
${reasonChoice(form, data.reasons)}
${field(form, { key: 'comment', name: 'abuse_report[comment]', label: 'What is wrong, and where?', type: 'textarea', required: true, hint: `Say what the moderators should look for (a chapter, a passage, the original of a copied work). Plain text, up to ${REPORT_BODY_MAX.toLocaleString('en')} characters.` })}
${aboutYou(ctx, form)}
<div hidden><label for="abuse_report_website">Leave this empty</label><input type="text" id="abuse_report_website" name="abuse_report[website]" tabindex="-1" autocomplete="off"></div>
<p><button type="submit">Send report</button></p>
</form>
</div>`);
}

/** After sending: the reference to quote. */
export function reportSentPage(ctx: PageContext, id: number): Html {
  return layout(ctx, `Report #${id} sent`, html`<div class="report-sent">
<h1>Thank you: your report was sent</h1>
<p class="lede">Its reference is <strong id="report_reference">Report #${id}</strong>.</p>
<p>We emailed you a copy with this reference; quote it if you write to the archive about it. The moderators will tell you by email when
they have handled it. They do not say what they did: that stays between them and the person concerned.</p>
<p><a href="/">Go to the front page</a></p>
</div>`);
}
