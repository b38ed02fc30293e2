/** The rating, warning and category lists as forms (add, rename, move, remove one item), on /admin/settings. */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { Taxonomy, Warning } from '../../domain/taxonomy.ts';
import type { TaxonomyKind, WarningRole } from '../../domain/taxonomy-edit.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { taxonomyLabel } from './taxonomy-label.ts';

const KINDS: readonly TaxonomyKind[] = ['rating', 'warning', 'category'];
const ROLES: readonly WarningRole[] = ['plain', 'none', 'optOut'];

const roleOf = (w: Warning): WarningRole => (w.none ? 'none' : w.optOut ? 'optOut' : 'plain');

/** The extra control of a kind: a rating's adult box, a warning's role. */
function extra(kind: TaxonomyKind, id: string, fresh: boolean, item: { adult?: boolean; role?: WarningRole }): Html | '' {
  if (kind === 'rating') return html`<span class="check"><input type="checkbox" id="${id}_adult" name="item[adult]" value="1"${item.adult ? html` checked` : ''}> <label for="${id}_adult">${t('admin.taxonomy.adult')}</label></span>`;
  if (kind === 'warning') return html`<label class="visually-hidden" for="${id}_role">${t(fresh ? 'admin.taxonomy.role_of_new' : 'admin.taxonomy.role_of')}</label><select id="${id}_role" name="item[role]">${ROLES.map((v) => html`<option value="${v}"${item.role === v ? html` selected` : ''}>${t(`admin.taxonomy.role.${v}`)}</option>`)}</select>`;
  return '';
}

function itemForm(ctx: PageContext, kind: TaxonomyKind, index: number, count: number, item: { name: string; adult?: boolean; role?: WarningRole }): Html {
  const id = `tx_${kind}_${index}`;
  return html`<li><form method="post" action="/admin/taxonomy/items" class="taxonomy-item">${csrfField(ctx.csrfToken)}
<input type="hidden" name="item[kind]" value="${kind}"><input type="hidden" name="item[index]" value="${index}">
<label class="visually-hidden" for="${id}">${t('admin.taxonomy.name_of', { kind, number: index + 1 })}</label><input type="text" id="${id}" name="item[name]" value="${item.name}" required>
${extra(kind, id, false, item)}
<span class="buttons"><button type="submit" name="op" value="save">${t('admin.save')}</button>
<button type="submit" name="op" value="up" class="secondary"${index === 0 ? html` disabled` : ''} aria-label="${t('admin.taxonomy.move_up', { name: taxonomyLabel(item.name) })}">${t('admin.taxonomy.up')}</button>
<button type="submit" name="op" value="down" class="secondary"${index === count - 1 ? html` disabled` : ''} aria-label="${t('admin.taxonomy.move_down', { name: taxonomyLabel(item.name) })}">${t('admin.taxonomy.down')}</button>
<button type="submit" name="op" value="remove" class="secondary" aria-label="${t('admin.taxonomy.remove_named', { name: taxonomyLabel(item.name) })}">${t('admin.taxonomy.remove')}</button></span>
</form></li>`;
}

function addForm(ctx: PageContext, kind: TaxonomyKind): Html {
  const id = `tx_${kind}_new`;
  return html`<form method="post" action="/admin/taxonomy/items" class="taxonomy-item add">${csrfField(ctx.csrfToken)}
<input type="hidden" name="item[kind]" value="${kind}">
<label for="${id}">${t('admin.taxonomy.new', { kind })}</label><input type="text" id="${id}" name="item[name]" required>
${extra(kind, id, true, { adult: false, role: 'plain' })}
<span class="buttons"><button type="submit" name="op" value="add">${t('admin.taxonomy.add', { kind })}</button></span>
</form>`;
}

/** The three lists. `message` is the problem with the last edit, shown above them. */
export function taxonomyItemForms(ctx: PageContext, tx: Taxonomy, message?: string): Html {
  const items = (kind: TaxonomyKind): { name: string; adult?: boolean; role?: WarningRole }[] =>
    kind === 'rating' ? tx.ratings.map((r) => ({ name: r.name, adult: r.adult })) : kind === 'warning' ? tx.warnings.map((w) => ({ name: w.name, role: roleOf(w) })) : tx.categories.map((name) => ({ name }));
  return html`<div class="taxonomy-lists">
${message ? html`<div class="form-error" role="alert"><p>${message}</p></div>` : ''}
<p class="hint">${t('admin.taxonomy.hint')}</p>
${KINDS.map((kind) => {
    const list = items(kind);
    return html`<h3>${t(`admin.taxonomy.list.${kind}`)}</h3><ol class="taxonomy-list">${list.map((item, i) => itemForm(ctx, kind, i, list.length, item))}</ol>${addForm(ctx, kind)}`;
  })}
</div>`;
}
