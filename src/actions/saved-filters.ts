/** Saved work filters: keep a listing's filter under a name, and make one the default for /works. */
import { saveFilter, savedFiltersOf, setDefaultFilter, deleteFilter, defaultFilterOf, type SavedFilter } from '../storage/saved-filters.ts';
import { filterQuery, parseWorkFilter } from '../domain/work-filter.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { TagKind } from '../domain/tag-list.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

const reader = (viewer: Viewer) => {
  if (!viewer) throw new Forbidden(t('errors.filters.log_in'));
  return viewer;
};

/**
 * Saves `query` (re-read through the parser, so only filter parameters are kept) under `name`; `tag` is the tag
 * of the page it was made on, kept among the tags to include so the filter means that tag on /works too.
 */
export async function saveNamedFilter(ctx: Context, viewer: Viewer, input: { name: string; query: string; tag?: string }): Promise<void> {
  const me = reader(viewer);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 100) throw new Invalid({ name: t('errors.filters.name', { max: 100 }) });
  const parsed = new URLSearchParams(input.query);
  const kinds = new Map<string, string>();
  for (const [k] of parsed) { const m = /^(?:in|ex)clude_work_search\[(\w+)_ids\]\[\]$/.exec(k); if (m) for (const v of parsed.getAll(k)) kinds.set(v, m[1]!); }
  const filter = parseWorkFilter(parsed);
  const tag = input.tag?.trim();
  if (tag && !filter.includeNames.includes(tag)) filter.includeNames.unshift(tag);
  const query = filterQuery(filter, (id) => (kinds.get(String(id)) ?? 'freeform') as TagKind);
  if (!query) throw new Invalid({ name: t('errors.filters.none') });
  await saveFilter(ctx.db, me.id, name, query, ctx.now());
}

/** The viewer's saved filters. */
export const mySavedFilters = async (ctx: Context, viewer: Viewer): Promise<SavedFilter[]> => savedFiltersOf(ctx.db, reader(viewer).id);

/** Makes filter `id` the viewer's default (null: none). */
export async function makeDefaultFilter(ctx: Context, viewer: Viewer, id: number | null): Promise<void> {
  await setDefaultFilter(ctx.db, reader(viewer).id, id);
}

/** Deletes one of the viewer's filters. */
export async function removeSavedFilter(ctx: Context, viewer: Viewer, id: number): Promise<void> {
  await deleteFilter(ctx.db, reader(viewer).id, id);
}

/** The query of the viewer's default filter, or '' (guests, or none chosen). */
export async function defaultFilterQuery(ctx: Context, viewer: Viewer): Promise<string> {
  return viewer ? ((await defaultFilterOf(ctx.db, viewer.id))?.query ?? '') : '';
}
