/** The confirmation page of a form kept while its session had expired: everything it will send, and two buttons. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import type { KeptForm } from '../../actions/keep-post.ts';

/** Lists the kept form's fields as they will be sent, with "Send it" and "Discard it". */
export function keptPostPage(ctx: PageContext, kept: KeptForm, path: string): Html {
  const fields = Object.entries(kept.fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const));
  const when = new Date(kept.createdAt).toISOString().replace('T', ' ').slice(0, 16);
  return layout(ctx, 'Send what you wrote?', html`<h1>Send what you wrote?</h1>
<p>Your session had expired when this form was sent (${when} UTC), so it was kept instead. Check it: nothing is sent until you choose to.</p>
<div class="kept-form">
<p>It goes to <code>${kept.method} ${kept.url}</code> with these fields:</p>
${fields.length === 0 ? html`<p>(no fields)</p>` : html`<dl>${fields.map(([name, value]) => html`<dt><code>${name}</code></dt><dd><pre>${value}</pre></dd>`)}</dl>`}
</div>
<form method="post" action="${path}">${csrfField(ctx.csrfToken)}<p><button type="submit">Send it</button></p></form>
<form method="post" action="${path}/discard">${csrfField(ctx.csrfToken)}<p><button type="submit">Discard it</button></p></form>`);
}
