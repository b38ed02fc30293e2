/** The bookmark form under a work or on a series page (its field ids are part of the OTW contract: fans' tools look for them). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';
import { pseudSelect } from './pseud-select.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { bookmarkablePath, type Bookmarkable } from '../../domain/bookmarkable.ts';

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
<details${error ? html` open` : ''}><summary id="bookmark-heading">${saved !== undefined ? 'Edit your bookmark' : `Bookmark this ${target.kind}`}</summary>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="${action}" class="stack" id="bookmark-form">
${saved === undefined ? '' : html`<input type="hidden" name="_method" value="put">`}${csrfField(ctx.csrfToken)}
${pseudSelect(creator, 'bookmark', 'Bookmark as')}
<div class="field"><label for="bookmark_notes">Notes</label><textarea id="bookmark_notes" name="bookmark[notes]" rows="3">${b?.notesHtml ?? ''}</textarea></div>
<div class="field"><label for="bookmark_tag_string">Your tags</label><p class="hint" id="bookmark_tag_hint">Separate with commas.</p>
<input type="text" id="bookmark_tag_string" name="bookmark[tag_string]" aria-describedby="bookmark_tag_hint" value="${b?.tagString ?? ''}"></div>
<div class="field checkbox"><input type="checkbox" id="bookmark_rec" name="bookmark[rec]" value="1"${b?.rec ? html` checked` : ''}> <label for="bookmark_rec">Recommend it</label></div>
<div class="field checkbox"><input type="checkbox" id="bookmark_private" name="bookmark[private]" value="1"${b?.private ? html` checked` : ''}> <label for="bookmark_private">Private bookmark (only you see it)</label></div>
<p><button type="submit">${saved !== undefined ? 'Update bookmark' : 'Save bookmark'}</button></p>
</form>
${saved !== undefined ? html`<form method="post" action="${path}/bookmarks/delete">${csrfField(ctx.csrfToken)}<p><button type="submit" class="secondary">Remove bookmark</button></p></form>` : ''}
</details>
</section>`;
}

/** The form alone, when a bookmark could not be saved: what was typed is kept. */
export function bookmarkFormPage(ctx: PageContext, target: Bookmarkable, title: string, values: BookmarkValues, saved: number | undefined, error: string, creator?: PseudChoice): Html {
  return layout(ctx, `Bookmark ${title}`, html`<h1>Bookmark <a href="${bookmarkablePath(target)}">${title}</a></h1>${bookmarkForm(ctx, target, values, saved, error, creator)}`);
}
