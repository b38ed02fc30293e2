/** The admins' site-wide comment switches (a form of its own on the site settings page): guest comments and images in comments. */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The comment switches; the hints say what each one decides. */
export function guestCommentsForm(ctx: PageContext, on: { guests: boolean; images: boolean }): Html {
  return html`<section aria-labelledby="comments-heading">
<h2 id="comments-heading">${t('admin.comments.heading')}</h2>
<form method="post" action="/admin/comments" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="guest_comments" value="0">
<div class="field checkbox"><input type="checkbox" id="guest_comments" name="guest_comments" value="1"${on.guests ? html` checked` : ''} aria-describedby="guest_comments_hint"> <label for="guest_comments">${t('admin.comments.guests')}</label>
<p class="hint" id="guest_comments_hint">${t('admin.comments.guests.hint')}</p></div>
<input type="hidden" name="comment_images" value="0">
<div class="field checkbox"><input type="checkbox" id="comment_images" name="comment_images" value="1"${on.images ? html` checked` : ''} aria-describedby="comment_images_hint"> <label for="comment_images">${t('admin.comments.images')}</label>
<p class="hint" id="comment_images_hint">${t('admin.comments.images.hint')}</p></div>
<p><button type="submit">${t('admin.comments.save')}</button></p>
</form>
</section>`;
}
