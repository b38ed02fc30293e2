/** /admin/policies: who may join and post (the site policy), the Terms of Service with their version, the content policy. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { choice } from './choice.ts';
import { dateOnly } from './time.ts';
import { tabs } from './admin.ts';
import type { PolicyTexts } from '../../actions/policy-texts.ts';
import type { PageContext } from './page.ts';

/** The three forms of the page; the one that failed carries the typed values and errors. */
export interface PolicyForms {
  policy: FormState;
  terms: FormState;
  content: FormState;
}

const MODES: [string, string][] = [
  ['open', 'Open: anyone can create an account'],
  ['invitation', 'Invitation only: visitors ask for an invitation and wait in the queue; members can invite others'],
  ['closed', 'Closed: nobody can create an account'],
];

function modeChoice(form: FormState): Html {
  const error = form.errors.signup_mode;
  return html`<fieldset${error ? html` class="has-error"` : ''}><legend>Who can join</legend>
${MODES.map(([value, label], i) => choice({ type: 'radio', id: `policy_signup_mode_${value}`, name: 'policy[signup_mode]', value, label, checked: form.values.signup_mode === value, error: i === 0 ? error : undefined }))}
</fieldset>`;
}

const box = (form: FormState, key: string, label: string): Html =>
  choice({ type: 'checkbox', id: `policy_${key}`, name: `policy[${key}]`, value: '1', label, checked: form.values[key] === '1' });

function policySection(ctx: PageContext, form: FormState): Html {
  return html`<section aria-labelledby="policy-heading">
<h2 id="policy-heading">Joining and posting</h2>
${formMessage(form)}
<form method="post" action="/admin/policies" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${modeChoice(form)}
${field(form, { key: 'min_age', name: 'policy[min_age]', label: 'Minimum age', hint: 'People signing up confirm they are at least this old; 0 asks nothing.' })}
${field(form, { key: 'invitations_per_member', name: 'policy[invitations_per_member]', label: 'Invitations per member', hint: 'While the archive is invitation only. Changing it adds the difference to every member’s invitations.' })}
${box(form, 'require_confirmed_email', 'Members confirm their email address before posting or commenting')}
${box(form, 'validate_new_authors', 'New authors’ works wait for a moderator’s approval (until their first work is approved)')}
${field(form, { key: 'report_reasons', name: 'policy[report_reasons]', label: 'Report reasons', type: 'textarea', hint: 'One per line, offered on the report form. Leave empty for the defaults.' })}
<p><button type="submit">Save policy</button></p>
</form>
</section>`;
}

function termsSection(ctx: PageContext, texts: PolicyTexts, form: FormState): Html {
  const current = texts.tosVersion > 0
    ? html`<p>Version ${texts.tosVersion} is in force${texts.termsPublishedAt ? html` (published ${dateOnly(texts.termsPublishedAt)})` : ''}. <a href="/terms">See the page</a>.</p>`
    : html`<p>No version is published yet: members are not asked to accept anything.</p>`;
  return html`<section aria-labelledby="terms-heading">
<h2 id="terms-heading">Terms of Service</h2>
${current}
<p class="hint">Publishing a new version asks every member to accept it before they post, comment or give kudos again; reading is not affected.
A correction keeps the version (for typos). HTML is accepted; scripts and styles are removed.</p>
${formMessage(form)}
<form method="post" action="/admin/policies/terms" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'terms', name: 'terms[text]', label: 'Terms of Service text', type: 'textarea' })}
<p class="button-row"><button type="submit" name="commit" value="publish">Publish as version ${texts.tosVersion + 1}</button>
<button type="submit" name="commit" value="correct">Save a correction (version ${texts.tosVersion})</button></p>
</form>
</section>`;
}

function contentSection(ctx: PageContext, form: FormState): Html {
  return html`<section aria-labelledby="content-heading">
<h2 id="content-heading">Content policy</h2>
<p>What may be posted here, shown at <a href="/content_policy">/content_policy</a> and linked from the sign-up form.</p>
${formMessage(form)}
<form method="post" action="/admin/policies/content_policy" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'content_policy', name: 'content_policy[text]', label: 'Content policy text', type: 'textarea' })}
<p><button type="submit">Save content policy</button></p>
</form>
</section>`;
}

/** The page. */
export function adminPoliciesPage(ctx: PageContext, texts: PolicyTexts, forms: PolicyForms): Html {
  return layout(ctx, 'Policies', html`<h1>Administration</h1>${tabs('policies')}
${policySection(ctx, forms.policy)}
${termsSection(ctx, texts, forms.terms)}
${contentSection(ctx, forms.content)}`);
}
