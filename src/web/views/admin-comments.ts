/** The admins' site-wide comment switches (a form of its own on the site settings page): guest comments and images in comments. */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';

/** The comment switches; the hints say what each one decides. */
export function guestCommentsForm(ctx: PageContext, on: { guests: boolean; images: boolean }): Html {
  return html`<section aria-labelledby="comments-heading">
<h2 id="comments-heading">Comments</h2>
<form method="post" action="/admin/comments" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="guest_comments" value="0">
<div class="field checkbox"><input type="checkbox" id="guest_comments" name="guest_comments" value="1"${on.guests ? html` checked` : ''} aria-describedby="guest_comments_hint"> <label for="guest_comments">Guests may comment on works that allow everyone to comment</label>
<p class="hint" id="guest_comments_hint">This is also the default for new works: while it is on, the work form starts at “Everyone, including guests”; while it is off, at “Registered users only”. Authors can change it for each work; works already posted keep their choice.</p></div>
<input type="hidden" name="comment_images" value="0">
<div class="field checkbox"><input type="checkbox" id="comment_images" name="comment_images" value="1"${on.images ? html` checked` : ''} aria-describedby="comment_images_hint"> <label for="comment_images">Comments may show images (the img tag)</label>
<p class="hint" id="comment_images_hint">Off, images are removed from comments, including those already posted.</p></div>
<p><button type="submit">Save comment settings</button></p>
</form>
</section>`;
}
