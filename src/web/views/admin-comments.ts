/** The admins' site-wide switch for guest comments (a form of its own on the site settings page). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';

/** The guest comments switch. */
export function guestCommentsForm(ctx: PageContext, on: boolean): Html {
  return html`<section aria-labelledby="comments-heading">
<h2 id="comments-heading">Comments</h2>
<form method="post" action="/admin/comments" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="guest_comments" value="0">
<div class="field checkbox"><input type="checkbox" id="guest_comments" name="guest_comments" value="1"${on ? html` checked` : ''}> <label for="guest_comments">Guests may comment on works that allow everyone to comment</label></div>
<p><button type="submit">Save comment settings</button></p>
</form>
</section>`;
}
