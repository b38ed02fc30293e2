/** Settings pages for a reader's blocklist and saved filters. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { tagPath } from '../urls.ts';
import type { BlockedEntry } from '../../storage/blocklist.ts';
import type { SavedFilter } from '../../storage/saved-filters.ts';
import type { PageContext } from './page.ts';

function addForm(ctx: PageContext, form: FormState, kind: 'tag' | 'user', label: string): Html {
  return html`<form method="post" action="/settings/blocklist">${csrfField(ctx.csrfToken)}<input type="hidden" name="block[kind]" value="${kind}">
${field({ values: { [kind]: form.values[kind] ?? '' }, errors: form.errors }, { key: kind, name: `block[${kind}]`, label })}
<p><button type="submit">Block</button></p></form>`;
}

/** /settings/blocklist: what the reader hides, and forms to add and remove entries. */
export function blocklistPage(ctx: PageContext, entries: readonly BlockedEntry[], form: FormState): Html {
  const row = (e: BlockedEntry) => html`<li>${e.kind === 'tag' ? html`<a class="tag" href="${tagPath(e.name)}">${e.name}</a>` : html`<a href="/users/${e.name}">${e.name}</a>`}
<form method="post" action="/settings/blocklist/delete" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="block[kind]" value="${e.kind}"><input type="hidden" name="block[target_id]" value="${e.targetId}">
<button type="submit" aria-label="Unblock ${e.name}">Unblock</button></form></li>`;
  const tags = entries.filter((e) => e.kind === 'tag');
  const users = entries.filter((e) => e.kind === 'user');
  return layout(ctx, 'Blocklist', html`<div class="blocklist">
<h1>Blocklist</h1>
<p>Works with these tags (and their synonyms and sub-tags) or by these people are hidden from every listing, search and feed you open while logged in, and from their counts; each listing says how many it hid. Comments by these people are folded away, with a button to show each one.</p>
${formMessage(form)}
<h2>Blocked tags</h2>${tags.length ? html`<ul>${tags.map(row)}</ul>` : html`<p>None.</p>`}
${addForm(ctx, form, 'tag', 'Tag to block')}
<h2>Blocked users</h2>${users.length ? html`<ul>${users.map(row)}</ul>` : html`<p>None.</p>`}
${addForm(ctx, form, 'user', 'User to block (login)')}
</div>`);
}

/** /settings/filters: saved filters, the default, and links that apply each. */
export function savedFiltersPage(ctx: PageContext, filters: readonly SavedFilter[]): Html {
  const button = (action: string, label: string, id: number, aria: string) => html`<form method="post" action="/settings/filters/${id}/${action}" class="inline">${csrfField(ctx.csrfToken)}<button type="submit" aria-label="${aria}">${label}</button></form>`;
  return layout(ctx, 'Saved filters', html`<div class="saved-filters">
<h1>Saved filters</h1>
<p>Save a filter from the sidebar of any work listing. The default filter applies when you open <a href="/works">all works</a> without choosing one.</p>
${filters.length ? html`<ul>${filters.map((f) => html`<li><a href="/works?${f.query}">${f.name}</a>${f.isDefault ? html` <strong>(default)</strong>` : ''}
${f.isDefault ? button('undefault', 'Stop using as default', f.id, `Stop using as default: ${f.name}`) : button('default', 'Make default', f.id, `Make default: ${f.name}`)}
${button('delete', 'Delete', f.id, `Delete: ${f.name}`)}</li>`)}</ul>` : html`<p>You have no saved filters.</p>`}
</div>`);
}
