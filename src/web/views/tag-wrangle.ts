/** The wrangling page (`/tags/{name}/edit`, moderators): one small form per rule. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { tagRelations } from './tag-show.ts';
import { tagPath } from '../urls.ts';
import { MEDIA, isWranglable } from '../../domain/wrangling.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The wrangling forms for a tag; `form` carries the last error and what was typed. */
export function tagWranglePage(ctx: PageContext, info: TagInfo, form: FormState): Html {
  const tag = info.tag;
  const base = tagPath(tag.name);
  const post = (action: string, body: Html, button: string, h: string) => html`<section class="wrangle"><h2>${h}</h2>
<form method="post" action="${base}/${action}">${csrfField(ctx.csrfToken)}${body}<p><button type="submit">${button}</button></p></form></section>`;
  const mediaError = form.errors.media;
  return layout(ctx, t('wrangling.title', { tag: tag.name }), html`<div class="tag-wrangle">
<h1 class="heading">${t('wrangling.title', { tag: tag.name })}</h1>
${formMessage(form)}
${tagRelations(info)}
<p><a href="${base}">${t('wrangling.back')}</a></p>
${!isWranglable(tag) ? html`<p>${t('wrangling.fixed')}</p>` : html`
${post('canonical', html`<input type="hidden" name="tag[canonical]" value="${tag.canonical ? '0' : '1'}">${form.errors.canonical ? html`<p class="error">${form.errors.canonical}</p>` : ''}`, tag.canonical ? t('wrangling.uncanonical') : t('wrangling.make_canonical'), t('wrangling.canonical'))}
${post('synonym', field(form, { key: 'synonym', name: 'tag[synonym]', label: t('wrangling.synonym.label') }), t('wrangling.synonym.save'), t('wrangling.synonym'))}
${post('merge', field(form, { key: 'merge', name: 'tag[merge]', label: t('wrangling.merge.label'), hint: t('wrangling.merge.hint') }), t('wrangling.merge'), t('wrangling.merge'))}
${post('parents', field(form, { key: 'parent', name: 'tag[parent]', label: t('wrangling.parent.label') }), t('wrangling.parent.add'), t('wrangling.parents'))}
${info.parents.length ? html`<ul class="parents">${info.parents.map((p) => html`<li><form method="post" action="${base}/parents/delete">${csrfField(ctx.csrfToken)}<input type="hidden" name="tag[parent_id]" value="${p.id}">${p.name} <button type="submit" aria-label="${t('wrangling.parent.remove_named', { tag: p.name })}">${t('admin.taxonomy.remove')}</button></form></li>`)}</ul>` : ''}
${tag.kind === 'fandom' ? post('media', html`<p><label for="tag_media">${t('wrangling.media.label')}</label>${mediaError ? html`<span class="error">${mediaError}</span>` : ''}
<select id="tag_media" name="tag[media]"><option value="">${t('wrangling.media.none')}</option>${MEDIA.map((m) => html`<option value="${m}"${tag.media === m ? html` selected` : ''}>${m}</option>`)}</select></p>`, t('wrangling.media.save'), t('wrangling.media')) : ''}`}
</div>`);
}
