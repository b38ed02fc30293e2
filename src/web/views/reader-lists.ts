/** Settings pages for a reader's blocklist and saved filters. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { tagPath } from '../urls.ts';
import type { BlockedEntry } from '../../storage/blocklist.ts';
import type { SavedFilter } from '../../storage/saved-filters.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

function addForm(ctx: PageContext, form: FormState, kind: 'tag' | 'user', label: string): Html {
  return html`<form method="post" action="/settings/blocklist">${csrfField(ctx.csrfToken)}<input type="hidden" name="block[kind]" value="${kind}">
${field({ values: { [kind]: form.values[kind] ?? '' }, errors: form.errors }, { key: kind, name: `block[${kind}]`, label })}
<p><button type="submit">${t('reader.blocklist.block')}</button></p></form>`;
}

/** /settings/blocklist: what the reader hides, and forms to add and remove entries. */
export function blocklistPage(ctx: PageContext, entries: readonly BlockedEntry[], form: FormState): Html {
  const row = (e: BlockedEntry) => html`<li>${e.kind === 'tag' ? html`<a class="tag" href="${tagPath(e.name)}">${e.name}</a>` : html`<a href="/users/${e.name}">${e.name}</a>`}
<form method="post" action="/settings/blocklist/delete" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="block[kind]" value="${e.kind}"><input type="hidden" name="block[target_id]" value="${e.targetId}">
<button type="submit" aria-label="${t('reader.blocklist.unblock_named', { name: e.name })}">${t('reader.blocklist.unblock')}</button></form></li>`;
  const tags = entries.filter((e) => e.kind === 'tag');
  const users = entries.filter((e) => e.kind === 'user');
  return layout(ctx, t('reader.blocklist.title'), html`<div class="blocklist">
<h1>${t('reader.blocklist.title')}</h1>
<p>${t('reader.blocklist.intro')}</p>
${formMessage(form)}
<h2>${t('reader.blocklist.tags')}</h2>${tags.length ? html`<ul>${tags.map(row)}</ul>` : html`<p>${t('reader.blocklist.none')}</p>`}
${addForm(ctx, form, 'tag', t('reader.blocklist.tag_label'))}
<h2>${t('reader.blocklist.users')}</h2>${users.length ? html`<ul>${users.map(row)}</ul>` : html`<p>${t('reader.blocklist.none')}</p>`}
${addForm(ctx, form, 'user', t('reader.blocklist.user_label'))}
</div>`);
}

/** /settings/filters: saved filters, the default, and links that apply each. */
export function savedFiltersPage(ctx: PageContext, filters: readonly SavedFilter[]): Html {
  const button = (action: string, label: string, id: number, aria: string) => html`<form method="post" action="/settings/filters/${id}/${action}" class="inline">${csrfField(ctx.csrfToken)}<button type="submit" aria-label="${aria}">${label}</button></form>`;
  return layout(ctx, t('reader.filters.title'), html`<div class="saved-filters">
<h1>${t('reader.filters.title')}</h1>
<p>${tHtml('reader.filters.intro', { all: html`<a href="/works">${t('reader.filters.all_works')}</a>` })}</p>
${filters.length ? html`<ul>${filters.map((f) => html`<li><a href="/works?${f.query}">${f.name}</a>${f.isDefault ? html` <strong>${t('reader.filters.default')}</strong>` : ''}
${f.isDefault ? button('undefault', t('reader.filters.undefault'), f.id, t('reader.filters.named', { action: t('reader.filters.undefault'), name: f.name })) : button('default', t('reader.filters.make_default'), f.id, t('reader.filters.named', { action: t('reader.filters.make_default'), name: f.name }))}
${button('delete', t('reader.filters.delete'), f.id, t('reader.filters.named', { action: t('reader.filters.delete'), name: f.name }))}</li>`)}</ul>` : html`<p>${t('reader.filters.none')}</p>`}
</div>`);
}
