/** One change to the rating, warning or category lists, as the admins' per-item forms make it (pure). */
import { taxonomyProblem, type Taxonomy, type Warning } from './taxonomy.ts';
import { t } from '../i18n/translate.ts';

export const TAXONOMY_KINDS = ['rating', 'warning', 'category'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** A warning's role: an ordinary warning, "no warnings apply", or "chose not to warn". */
export type WarningRole = 'plain' | 'none' | 'optOut';

/** What a form asks for. `index` names an item of the list; `name`, `adult` and `role` are the item's new values. */
export type TaxonomyEdit =
  | { op: 'add'; kind: TaxonomyKind; name: string; adult?: boolean; role?: WarningRole }
  | { op: 'save'; kind: TaxonomyKind; index: number; name: string; adult?: boolean; role?: WarningRole }
  | { op: 'remove' | 'up' | 'down'; kind: TaxonomyKind; index: number };

/** The names of one list. */
export const namesOf = (t: Taxonomy, kind: TaxonomyKind): string[] =>
  kind === 'rating' ? t.ratings.map((r) => r.name) : kind === 'warning' ? t.warnings.map((w) => w.name) : [...t.categories];

const warning = (name: string, role: WarningRole = 'plain'): Warning => (role === 'none' ? { name, none: true } : role === 'optOut' ? { name, optOut: true } : { name });

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

function edited<T>(list: readonly T[], e: TaxonomyEdit, make: (name: string) => T): T[] | string {
  if (e.op === 'add') return [...list, make(e.name.trim())];
  if (!Number.isInteger(e.index) || e.index < 0 || e.index >= list.length) return t('errors.taxonomy.gone');
  if (e.op === 'save') return list.map((item, i) => (i === e.index ? make(e.name.trim()) : item));
  if (e.op === 'remove') return list.length === 1 && e.kind !== 'category' ? t('errors.taxonomy.last', { kind: e.kind }) : list.filter((_, i) => i !== e.index);
  const to = e.op === 'up' ? e.index - 1 : e.index + 1;
  return to < 0 || to >= list.length ? [...list] : moved(list, e.index, to);
}

/** The taxonomy after the edit, or why it cannot be made (the same checks as the JSON editor). */
export function applyTaxonomyEdit(current: Taxonomy, e: TaxonomyEdit): { taxonomy: Taxonomy } | { problem: string } {
  const name = 'name' in e ? e.name : '';
  let next: Taxonomy;
  if (e.kind === 'rating') {
    const list = edited(current.ratings, e, (n) => ({ name: n, adult: 'adult' in e ? Boolean(e.adult) : true }));
    if (typeof list === 'string') return { problem: list };
    next = { ...current, ratings: list };
  } else if (e.kind === 'warning') {
    const list = edited(current.warnings, e, (n) => warning(n, 'role' in e ? e.role : 'plain'));
    if (typeof list === 'string') return { problem: list };
    next = { ...current, warnings: list };
  } else {
    const list = edited(current.categories, e, (n) => n);
    if (typeof list === 'string') return { problem: list };
    next = { ...current, categories: list };
  }
  if ((e.op === 'add' || e.op === 'save') && !name.trim()) return { problem: t('errors.taxonomy.name') };
  const problem = taxonomyProblem(JSON.stringify(next));
  return problem ? { problem } : { taxonomy: next };
}

/** The name an item had before a `save` renamed it, and its new name; undefined when nothing was renamed. */
export function renamed(before: Taxonomy, after: Taxonomy, e: TaxonomyEdit): { from: string; to: string } | undefined {
  if (e.op !== 'save') return undefined;
  const from = namesOf(before, e.kind)[e.index];
  const to = namesOf(after, e.kind)[e.index];
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}
