/** The Terms of Service, the content policy, and the page where a member accepts a new version of the terms. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, formMessage, type FormState } from './form.ts';
import { dateOnly } from './time.ts';
import type { PolicyTexts } from '../../actions/policy-texts.ts';
import type { PageContext } from './page.ts';

const text = (sanitizedHtml: string): Html =>
  sanitizedHtml ? html`<div class="userstuff">${raw(sanitizedHtml)}</div>` : html`<p>The archive’s team has not written this page yet.</p>`;

const editLink = (ctx: PageContext): Html | '' => (ctx.viewer?.role === 'admin' ? html`<p><a href="/admin/policies">Edit the terms and policies</a></p>` : '');

const versionLine = (t: PolicyTexts): Html | '' =>
  t.tosVersion > 0 ? html`<p class="hint">Version ${t.tosVersion}${t.termsPublishedAt ? html`, published ${dateOnly(t.termsPublishedAt)}` : ''}.</p>` : '';

/** /terms: the terms in force, and where the viewer stands with them. */
export function termsPage(ctx: PageContext, t: PolicyTexts): Html {
  const v = ctx.viewer;
  const standing = !v || t.tosVersion === 0 ? ''
    : v.tosVersion >= t.tosVersion ? html`<p>You have accepted this version.</p>`
    : html`<p><a href="/terms/accept">Accept these terms</a> to keep posting and commenting.</p>`;
  return layout(ctx, 'Terms of Service', html`<div class="site-page">
<h1>Terms of Service</h1>
${versionLine(t)}
${text(t.termsHtml)}
${standing}
<p>See also the <a href="/content_policy">content policy</a>.</p>
${editLink(ctx)}
</div>`);
}

/** /content_policy. */
export function contentPolicyPage(ctx: PageContext, t: PolicyTexts): Html {
  return layout(ctx, 'Content policy', html`<div class="site-page">
<h1>Content policy</h1>
${text(t.contentPolicyHtml)}
<p>See also the <a href="/terms">Terms of Service</a>.</p>
${editLink(ctx)}
</div>`);
}

/** /terms/accept: the terms and one button; `returnTo` is where the member goes afterwards. */
export function acceptTermsPage(ctx: PageContext, t: PolicyTexts, returnTo: string, form?: FormState): Html {
  const v = ctx.viewer!;
  const body = t.tosVersion === 0
    ? html`<p>The archive has not published terms of service, so there is nothing to accept.</p>`
    : v.tosVersion >= t.tosVersion
      ? html`<p>You have accepted the current version (${t.tosVersion}). Nothing else is needed.</p>${text(t.termsHtml)}`
      : html`<p>The archive’s Terms of Service have changed. Please read them; once you accept them you can post, comment and give kudos again.</p>
${versionLine(t)}
${text(t.termsHtml)}
${form ? formMessage({ ...form, message: Object.values(form.errors)[0] ?? form.message }) : ''}
<form method="post" action="/terms/accept" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="version" value="${t.tosVersion}">
<input type="hidden" name="return_to" value="${returnTo}">
<p><button type="submit">I have read and agree to the Terms of Service</button></p>
</form>`;
  return layout(ctx, 'Accept the Terms of Service', html`<div class="site-page">
<h1>Accept the Terms of Service</h1>
${body}
</div>`);
}
