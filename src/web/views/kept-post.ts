/** The confirmation page of a form kept while its session had expired: everything it will send, and two buttons. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { dateTimeText } from './time.ts';
import type { KeptForm } from '../../actions/keep-post.ts';

/** Lists the kept form's fields as they will be sent, with "Send it" and "Discard it". */
export function keptPostPage(ctx: PageContext, kept: KeptForm, path: string): Html {
  const fields = Object.entries(kept.fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const));
  return layout(ctx, t('chrome.kept.title'), html`<h1>${t('chrome.kept.title')}</h1>
<p>${t('chrome.kept.why', { when: dateTimeText(kept.createdAt) })}</p>
<div class="kept-form">
<p>${tHtml('chrome.kept.where', { target: html`<code>${kept.method} ${kept.url}</code>` })}</p>
${fields.length === 0 ? html`<p>${t('chrome.kept.no_fields')}</p>` : html`<dl>${fields.map(([name, value]) => html`<dt><code>${name}</code></dt><dd><pre>${value}</pre></dd>`)}</dl>`}
</div>
<form method="post" action="${path}">${csrfField(ctx.csrfToken)}<p><button type="submit">${t('chrome.kept.send')}</button></p></form>
<form method="post" action="${path}/discard">${csrfField(ctx.csrfToken)}<p><button type="submit">${t('chrome.kept.discard')}</button></p></form>`);
}
