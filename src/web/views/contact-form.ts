/** The form for writing to an author through the archive. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { CONTACT_LIMITS } from '../../domain/contact.ts';
import type { PageContext } from './page.ts';

/** Subject and message for `login`; neither side's email address is shown. */
export function contactFormPage(ctx: PageContext, login: string, form: FormState): Html {
  return layout(ctx, `Contact ${login}`, html`<h1>Contact ${login}</h1>
<p>The archive sends your message to ${login} by email. ${login} will not see your email address, and you will not see theirs:
the message says it is from <a href="/users/${ctx.viewer?.login ?? ''}">${ctx.viewer?.login ?? ''}</a>, and ${login} can answer through your profile.</p>
${formMessage(form)}
<form method="post" action="/users/${login}/contact" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'subject', name: 'contact[subject]', label: 'Subject', required: true, hint: `One line, at most ${CONTACT_LIMITS.subject} characters.` })}
${field(form, { key: 'message', name: 'contact[message]', label: 'Message', type: 'textarea', required: true, hint: `At most ${CONTACT_LIMITS.message.toLocaleString('en')} characters. Plain text.` })}
<p><button type="submit">Send message</button> <a href="/users/${login}">Cancel</a></p>
</form>`);
}
