/** /admin/policies: who may join and post (the site policy), the Terms of Service with their version, the content policy. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { choice } from './choice.ts';
import { dateOnly } from './time.ts';
import { tabs, adminPageName } from './admin.ts';
import type { PolicyTexts } from '../../actions/policy-texts.ts';
import { DEFAULT_REPORT_REASONS } from '../../domain/site-policy.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The three forms of the page; the one that failed carries the typed values and errors. */
export interface PolicyForms {
  policy: FormState;
  terms: FormState;
  content: FormState;
}

const MODES = ['open', 'invitation', 'closed'] as const;

function modeChoice(form: FormState): Html {
  const error = form.errors.signup_mode;
  return html`<fieldset${error ? html` class="has-error"` : ''}><legend>${t('admin.policies.who')}</legend>
${MODES.map((value, i) => choice({ type: 'radio', id: `policy_signup_mode_${value}`, name: 'policy[signup_mode]', value, label: t(`admin.policies.mode.${value}`), checked: form.values.signup_mode === value, error: i === 0 ? error : undefined }))}
</fieldset>`;
}

const box = (form: FormState, key: string, label: string): Html =>
  choice({ type: 'checkbox', id: `policy_${key}`, name: `policy[${key}]`, value: '1', label, checked: form.values[key] === '1' });

/** The default reasons are English text as stored (the report form shows them translated): said so while they are the ones listed. */
const defaultReasonsLang = (typed: string): Html | undefined => (typed.trim() === DEFAULT_REPORT_REASONS.join('\n') ? html` lang="en"` : undefined);

function policySection(ctx: PageContext, form: FormState): Html {
  return html`<section aria-labelledby="policy-heading">
<h2 id="policy-heading">${t('admin.policies.joining')}</h2>
${formMessage(form)}
<form method="post" action="/admin/policies" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${modeChoice(form)}
${field(form, { key: 'min_age', name: 'policy[min_age]', label: t('admin.policies.min_age'), hint: t('admin.policies.min_age.hint') })}
${field(form, { key: 'invitations_per_member', name: 'policy[invitations_per_member]', label: t('admin.policies.per_member'), hint: t('admin.policies.per_member.hint') })}
${box(form, 'require_confirmed_email', t('admin.policies.confirm_email'))}
${box(form, 'validate_new_authors', t('admin.policies.validate'))}
${field(form, { key: 'report_reasons', name: 'policy[report_reasons]', label: t('admin.policies.reasons'), type: 'textarea', hint: t('admin.policies.reasons.hint'), attrs: defaultReasonsLang(form.values.report_reasons ?? '') })}
<p><button type="submit">${t('admin.policies.save')}</button></p>
</form>
</section>`;
}

function termsSection(ctx: PageContext, texts: PolicyTexts, form: FormState): Html {
  const current = texts.tosVersion > 0
    ? html`<p>${texts.termsPublishedAt ? tHtml('admin.terms.in_force.published', { version: texts.tosVersion, date: dateOnly(texts.termsPublishedAt) }) : t('admin.terms.in_force', { version: texts.tosVersion })} <a href="/terms">${t('admin.terms.see')}</a>.</p>`
    : html`<p>${t('admin.terms.none')}</p>`;
  return html`<section aria-labelledby="terms-heading">
<h2 id="terms-heading">${t('admin.terms.heading')}</h2>
${current}
<p class="hint">${t('admin.terms.hint')}</p>
${formMessage(form)}
<form method="post" action="/admin/policies/terms" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'terms', name: 'terms[text]', label: t('admin.terms.text'), type: 'textarea' })}
<p class="button-row"><button type="submit" name="commit" value="publish">${t('admin.terms.publish', { version: texts.tosVersion + 1 })}</button>
<button type="submit" name="commit" value="correct">${t('admin.terms.correct', { version: texts.tosVersion })}</button></p>
</form>
</section>`;
}

function contentSection(ctx: PageContext, form: FormState): Html {
  return html`<section aria-labelledby="content-heading">
<h2 id="content-heading">${t('admin.content.heading')}</h2>
<p>${tHtml('admin.content.intro', { link: html`<a href="/content_policy">/content_policy</a>` })}</p>
${formMessage(form)}
<form method="post" action="/admin/policies/content_policy" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'content_policy', name: 'content_policy[text]', label: t('admin.content.text'), type: 'textarea' })}
<p><button type="submit">${t('admin.content.save')}</button></p>
</form>
</section>`;
}

/** The page. */
export function adminPoliciesPage(ctx: PageContext, texts: PolicyTexts, forms: PolicyForms): Html {
  return layout(ctx, adminPageName('policies'), html`<h1>${t('admin.heading')}</h1>${tabs('policies')}
${policySection(ctx, forms.policy)}
${termsSection(ctx, texts, forms.terms)}
${contentSection(ctx, forms.content)}`);
}
