/** The bookmark form under a work or on a series page (its field ids are part of the OTW contract: fans' tools look for them). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';
import { pseudSelect } from './pseud-select.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { bookmarkablePath, type Bookmarkable } from '../../domain/bookmarkable.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the form shows: a saved bookmark, or what was typed. */
export interface BookmarkValues {
  notesHtml: string;
  tagString: string;
  private: boolean;
  rec: boolean;
}

/**
 * Bookmark (or edit the bookmark of) a work or series; `saved` is the id of the reader's bookmark, if any. As on AO3, a
 * saved bookmark's form posts to /bookmarks/{id} with `_method=put`: tools tell a bookmarked work by that action.
 */
export function bookmarkForm(ctx: PageContext, target: Bookmarkable, b: BookmarkValues | undefined, saved: number | undefined, error?: string, creator?: PseudChoice): Html {
  const path = bookmarkablePath(target);
  const action = saved === undefined ? `${path}/bookmarks` : `/bookmarks/${saved}`;
  return html`<section class="bookmark" aria-labelledby="bookmark-heading">
<details${error ? html` open` : ''}><summary id="bookmark-heading">${saved !== undefined ? t('reader.bookmark_form.edit') : t('reader.bookmark_form.new', { kind: target.kind })}</summary>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="${action}" class="stack" id="bookmark-form">
${saved === undefined ? '' : html`<input type="hidden" name="_method" value="put">`}${csrfField(ctx.csrfToken)}
${pseudSelect(creator, 'bookmark', t('reader.bookmark_form.as'))}
<div class="field"><label for="bookmark_notes">${t('reader.bookmark_form.notes')}</label><textarea id="bookmark_notes" name="bookmark[notes]" rows="3">${b?.notesHtml ?? ''}</textarea></div>
<div class="field"><label for="bookmark_tag_string">${t('reader.bookmark_form.tags')}</label><p class="hint" id="bookmark_tag_hint">${t('reader.bookmark_form.tags_hint')}</p>
<input type="text" id="bookmark_tag_string" name="bookmark[tag_string]" aria-describedby="bookmark_tag_hint" value="${b?.tagString ?? ''}"></div>
<div class="field checkbox"><input type="checkbox" id="bookmark_rec" name="bookmark[rec]" value="1"${b?.rec ? html` checked` : ''}> <label for="bookmark_rec">${t('reader.bookmark_form.rec')}</label></div>
<div class="field checkbox"><input type="checkbox" id="bookmark_private" name="bookmark[private]" value="1"${b?.private ? html` checked` : ''}> <label for="bookmark_private">${t('reader.bookmark_form.private')}</label></div>
<p><button type="submit">${saved !== undefined ? t('reader.bookmark_form.update') : t('reader.bookmark_form.save')}</button></p>
</form>
${saved !== undefined ? html`<form method="post" action="${path}/bookmarks/delete">${csrfField(ctx.csrfToken)}<p><button type="submit" class="secondary">${t('reader.bookmark_form.remove')}</button></p></form>` : ''}
</details>
</section>`;
}

/** The form alone, when a bookmark could not be saved: what was typed is kept. */
export function bookmarkFormPage(ctx: PageContext, target: Bookmarkable, title: string, values: BookmarkValues, saved: number | undefined, error: string, creator?: PseudChoice): Html {
  return layout(ctx, t('reader.bookmark_form.page_title', { title }), html`<h1>${tHtml('reader.bookmark_form.page_title', { title: html`<a href="${bookmarkablePath(target)}">${title}</a>` })}</h1>${bookmarkForm(ctx, target, values, saved, error, creator)}`);
}
