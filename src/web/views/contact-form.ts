/** The form for writing to an author through the archive. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { CONTACT_LIMITS } from '../../domain/contact.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** Subject and message for `login`; neither side's email address is shown. */
export function contactFormPage(ctx: PageContext, login: string, form: FormState): Html {
  const title = t('account.contact.title', { login });
  return layout(ctx, title, html`<h1>${title}</h1>
<p>${tHtml('account.contact.intro', { login, me: html`<a href="/users/${ctx.viewer?.login ?? ''}">${ctx.viewer?.login ?? ''}</a>` })}</p>
${formMessage(form)}
<form method="post" action="/users/${login}/contact" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'subject', name: 'contact[subject]', label: t('account.contact.subject'), required: true, hint: t('account.contact.subject.hint', { max: CONTACT_LIMITS.subject }) })}
${field(form, { key: 'message', name: 'contact[message]', label: t('account.contact.message'), type: 'textarea', required: true, hint: t('account.contact.message.hint', { max: CONTACT_LIMITS.message }) })}
<p><button type="submit">${t('account.contact.send')}</button> <a href="/users/${login}">${t('common.cancel')}</a></p>
</form>`);
}
