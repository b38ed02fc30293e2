/** The rating, warning and category lists as forms (add, rename, move, remove one item), on /admin/settings. */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { Taxonomy, Warning } from '../../domain/taxonomy.ts';
import type { TaxonomyKind, WarningRole } from '../../domain/taxonomy-edit.ts';
import type { PageContext } from './page.ts';

const LISTS: [TaxonomyKind, string, string][] = [['rating', 'Ratings', 'rating'], ['warning', 'Archive warnings', 'warning'], ['category', 'Categories', 'category']];
const ROLE_LABELS: [WarningRole, string][] = [['plain', 'An ordinary warning'], ['none', '“No warnings apply”'], ['optOut', '“Chose not to warn”']];

const roleOf = (w: Warning): WarningRole => (w.none ? 'none' : w.optOut ? 'optOut' : 'plain');

/** The extra control of a kind: a rating's adult box, a warning's role. */
function extra(kind: TaxonomyKind, id: string, noun: string, item: { adult?: boolean; role?: WarningRole }): Html | '' {
  if (kind === 'rating') return html`<span class="check"><input type="checkbox" id="${id}_adult" name="item[adult]" value="1"${item.adult ? html` checked` : ''}> <label for="${id}_adult">Adult (behind the notice)</label></span>`;
  if (kind === 'warning') return html`<label class="visually-hidden" for="${id}_role">Role of the ${noun}</label><select id="${id}_role" name="item[role]">${ROLE_LABELS.map(([v, l]) => html`<option value="${v}"${item.role === v ? html` selected` : ''}>${l}</option>`)}</select>`;
  return '';
}

function itemForm(ctx: PageContext, kind: TaxonomyKind, noun: string, index: number, count: number, item: { name: string; adult?: boolean; role?: WarningRole }): Html {
  const id = `tx_${kind}_${index}`;
  return html`<li><form method="post" action="/admin/taxonomy/items" class="taxonomy-item">${csrfField(ctx.csrfToken)}
<input type="hidden" name="item[kind]" value="${kind}"><input type="hidden" name="item[index]" value="${index}">
<label class="visually-hidden" for="${id}">Name of ${noun} ${index + 1}</label><input type="text" id="${id}" name="item[name]" value="${item.name}" required>
${extra(kind, id, noun, item)}
<span class="buttons"><button type="submit" name="op" value="save">Save</button>
<button type="submit" name="op" value="up" class="secondary"${index === 0 ? html` disabled` : ''} aria-label="Move ${item.name} up">Up</button>
<button type="submit" name="op" value="down" class="secondary"${index === count - 1 ? html` disabled` : ''} aria-label="Move ${item.name} down">Down</button>
<button type="submit" name="op" value="remove" class="secondary" aria-label="Remove ${item.name}">Remove</button></span>
</form></li>`;
}

function addForm(ctx: PageContext, kind: TaxonomyKind, noun: string): Html {
  const id = `tx_${kind}_new`;
  return html`<form method="post" action="/admin/taxonomy/items" class="taxonomy-item add">${csrfField(ctx.csrfToken)}
<input type="hidden" name="item[kind]" value="${kind}">
<label for="${id}">New ${noun}</label><input type="text" id="${id}" name="item[name]" required>
${extra(kind, id, `new ${noun}`, { adult: false, role: 'plain' })}
<span class="buttons"><button type="submit" name="op" value="add">Add ${noun}</button></span>
</form>`;
}

/** The three lists. `message` is the problem with the last edit, shown above them. */
export function taxonomyItemForms(ctx: PageContext, t: Taxonomy, message?: string): Html {
  const items = (kind: TaxonomyKind): { name: string; adult?: boolean; role?: WarningRole }[] =>
    kind === 'rating' ? t.ratings.map((r) => ({ name: r.name, adult: r.adult })) : kind === 'warning' ? t.warnings.map((w) => ({ name: w.name, role: roleOf(w) })) : t.categories.map((name) => ({ name }));
  return html`<div class="taxonomy-lists">
${message ? html`<div class="form-error" role="alert"><p>${message}</p></div>` : ''}
<p class="hint">Renaming an item also renames the tag on works that already carry it. Removing one leaves works that carry it as they are (a rating the list no longer names is treated as adult).</p>
${LISTS.map(([kind, heading, noun]) => {
    const list = items(kind);
    return html`<h3>${heading}</h3><ol class="taxonomy-list">${list.map((item, i) => itemForm(ctx, kind, noun, i, list.length, item))}</ol>${addForm(ctx, kind, noun)}`;
  })}
</div>`;
}
