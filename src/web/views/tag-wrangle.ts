/** The wrangling page (`/tags/{name}/edit`, moderators): one small form per rule. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { tagRelations } from './tag-show.ts';
import { tagPath } from '../urls.ts';
import { MEDIA, isWranglable } from '../../domain/wrangling.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { PageContext } from './page.ts';

/** The wrangling forms for a tag; `form` carries the last error and what was typed. */
export function tagWranglePage(ctx: PageContext, info: TagInfo, form: FormState): Html {
  const t = info.tag;
  const base = tagPath(t.name);
  const post = (action: string, body: Html, button: string, h: string) => html`<section class="wrangle"><h2>${h}</h2>
<form method="post" action="${base}/${action}">${csrfField(ctx.csrfToken)}${body}<p><button type="submit">${button}</button></p></form></section>`;
  const mediaError = form.errors.media;
  return layout(ctx, `Wrangle ${t.name}`, html`<div class="tag-wrangle">
<h1 class="heading">Wrangle ${t.name}</h1>
${formMessage(form)}
${tagRelations(info)}
<p><a href="${base}">Back to the tag</a></p>
${!isWranglable(t) ? html`<p>Ratings, warnings and categories are fixed.</p>` : html`
${post('canonical', html`<input type="hidden" name="tag[canonical]" value="${t.canonical ? '0' : '1'}">${form.errors.canonical ? html`<p class="error">${form.errors.canonical}</p>` : ''}`, t.canonical ? 'Make not canonical' : 'Make canonical', 'Canonical')}
${post('synonym', field(form, { key: 'synonym', name: 'tag[synonym]', label: 'Synonym of (canonical tag name; empty to remove)' }), 'Save synonym', 'Synonym')}
${post('merge', field(form, { key: 'merge', name: 'tag[merge]', label: 'Merge into (canonical tag name)', hint: 'Its synonyms, parents and sub-tags move to that tag.' }), 'Merge', 'Merge')}
${post('parents', field(form, { key: 'parent', name: 'tag[parent]', label: 'Add a parent tag (name)' }), 'Add parent', 'Parent tags')}
${info.parents.length ? html`<ul class="parents">${info.parents.map((p) => html`<li><form method="post" action="${base}/parents/delete">${csrfField(ctx.csrfToken)}<input type="hidden" name="tag[parent_id]" value="${p.id}">${p.name} <button type="submit" aria-label="Remove parent ${p.name}">Remove</button></form></li>`)}</ul>` : ''}
${t.kind === 'fandom' ? post('media', html`<p><label for="tag_media">Media type</label>${mediaError ? html`<span class="error">${mediaError}</span>` : ''}
<select id="tag_media" name="tag[media]"><option value="">None</option>${MEDIA.map((m) => html`<option value="${m}"${t.media === m ? html` selected` : ''}>${m}</option>`)}</select></p>`, 'Save media', 'Media') : ''}`}
</div>`);
}
