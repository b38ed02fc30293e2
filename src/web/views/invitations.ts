/** A person's invitations to co-create works, each with Accept and Decline buttons. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { Invitation } from '../../actions/list-invitations.ts';
import type { PageContext } from './page.ts';

/** The page. */
export function invitationsPage(ctx: PageContext, invitations: Invitation[]): Html {
  return layout(ctx, 'Co-creator invitations', html`<h1>Co-creator invitations</h1>
<p>Your name appears on a work only after you accept. Declining removes you from it.</p>
${invitations.length === 0 ? html`<p>You have no invitations waiting.</p>` : html`<ul class="invitations">
${invitations.map((i) => html`<li class="invitation" id="invitation_${i.workId}">
<h2 class="heading">${i.title}</h2>
<p>Invited by ${i.by.join(', ')}</p>
<form method="post" action="/works/${i.workId}/invitation" class="inline">${csrfField(ctx.csrfToken)}
<button type="submit" name="accept" value="1">Accept<span class="visually-hidden"> ${i.title}</span></button>
<button type="submit" name="accept" value="0" class="danger">Decline<span class="visually-hidden"> ${i.title}</span></button>
</form>
</li>`)}
</ul>`}`);
}
