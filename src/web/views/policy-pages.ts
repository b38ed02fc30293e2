/** The Terms of Service, the content policy, and the page where a member accepts a new version of the terms. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, formMessage, type FormState } from './form.ts';
import { dateOnly } from './time.ts';
import type { PolicyTexts } from '../../actions/policy-texts.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

const text = (sanitizedHtml: string): Html =>
  sanitizedHtml ? html`<div class="userstuff">${raw(sanitizedHtml)}</div>` : html`<p>${t('site.page.unwritten')}</p>`;

const editLink = (ctx: PageContext): Html | '' => (ctx.viewer?.role === 'admin' ? html`<p><a href="/admin/policies">${t('site.policy.edit')}</a></p>` : '');

const versionLine = (p: PolicyTexts): Html | '' =>
  p.tosVersion > 0 ? html`<p class="hint">${p.termsPublishedAt ? tHtml('site.policy.version_published', { version: p.tosVersion, date: dateOnly(p.termsPublishedAt) }) : t('site.policy.version', { version: p.tosVersion })}</p>` : '';

/** /terms: the terms in force, and where the viewer stands with them. */
export function termsPage(ctx: PageContext, p: PolicyTexts): Html {
  const v = ctx.viewer;
  const standing = !v || p.tosVersion === 0 ? ''
    : v.tosVersion >= p.tosVersion ? html`<p>${t('site.terms.accepted')}</p>`
    : html`<p>${tHtml('site.terms.accept_to_keep', { accept: html`<a href="/terms/accept">${t('site.terms.accept_link')}</a>` })}</p>`;
  return layout(ctx, t('site.terms.title'), html`<div class="site-page">
<h1>${t('site.terms.title')}</h1>
${versionLine(p)}
${text(p.termsHtml)}
${standing}
<p>${tHtml('site.terms.see_policy', { policy: html`<a href="/content_policy">${t('site.terms.policy_link')}</a>` })}</p>
${editLink(ctx)}
</div>`);
}

/** /content_policy. */
export function contentPolicyPage(ctx: PageContext, p: PolicyTexts): Html {
  return layout(ctx, t('site.policy.title'), html`<div class="site-page">
<h1>${t('site.policy.title')}</h1>
${text(p.contentPolicyHtml)}
<p>${tHtml('site.policy.see_terms', { terms: html`<a href="/terms">${t('site.terms.title')}</a>` })}</p>
${editLink(ctx)}
</div>`);
}

/** /terms/accept: the terms and one button; `returnTo` is where the member goes afterwards. */
export function acceptTermsPage(ctx: PageContext, p: PolicyTexts, returnTo: string, form?: FormState): Html {
  const v = ctx.viewer!;
  const body = p.tosVersion === 0
    ? html`<p>${t('site.accept.none')}</p>`
    : v.tosVersion >= p.tosVersion
      ? html`<p>${t('site.accept.done', { version: p.tosVersion })}</p>${text(p.termsHtml)}`
      : html`<p>${t('site.accept.changed')}</p>
${versionLine(p)}
${text(p.termsHtml)}
${form ? formMessage({ ...form, message: Object.values(form.errors)[0] ?? form.message }) : ''}
<form method="post" action="/terms/accept" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="version" value="${p.tosVersion}">
<input type="hidden" name="return_to" value="${returnTo}">
<p><button type="submit">${t('site.accept.button')}</button></p>
</form>`;
  return layout(ctx, t('site.accept.title'), html`<div class="site-page">
<h1>${t('site.accept.title')}</h1>
${body}
</div>`);
}
