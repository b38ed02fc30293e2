/** A filtered listing of works (all works, a tag's works): heading, blurbs, pagination and the filter sidebar. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { filterSidebar, type SaveFilter } from './work-filters.ts';
import { csrfField } from './form.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { PageContext } from './page.ts';
import { listingNotices } from './listing-notices.ts';
import { t } from '../../i18n/translate.ts';

/** What a listing heading says after the count: all works, works in a tag or collection, found by a search, by a creator, drafts. */
export type ListingKind = 'works' | 'in' | 'found' | 'by' | 'drafts_by';

/**
 * "1 - 20 of 45 Works in X" (AO3's listing heading), "3 Works found", "1 Draft by ann": one whole message per
 * kind, so each language orders the count, the noun and the name its own way. `name` is the tag, collection or creator.
 */
export function listingHeading(r: { window: FilteredWorks['window']; blurbs: ArrayLike<unknown> }, kind: ListingKind = 'works', name = ''): string {
  const w = r.window;
  if (w.total <= w.perPage || r.blurbs.length === 0) return t(`listing.heading.${kind}`, { total: w.total, name });
  return t(`listing.heading.${kind}_range`, { from: w.offset + 1, to: w.offset + r.blurbs.length, total: w.total, name });
}

/**
 * "Save this filter" for logged-in readers: the form (hidden fields only, beside the filter form since forms
 * cannot nest) and its visible row, whose fields belong to it through `form=` and sit under the panel's top
 * button. `tag` is the tag a tag page stands for, saved with the filter so it means that tag on /works too.
 * filters.js copies what is ticked in the panel into it before sending, so the reader can save without
 * applying first and lands on the listing filtered that way.
 */
export function saveFilterForm(ctx: PageContext, o: { path: string; query: string; tag?: string }): SaveFilter | undefined {
  if (!ctx.viewer) return undefined;
  return {
    form: html`<form method="post" action="/settings/filters" class="save-filter" id="save-filter">${csrfField(ctx.csrfToken)}
<input type="hidden" name="filter[query]" value="${o.query}">
${o.tag ? html`<input type="hidden" name="filter[tag]" value="${o.tag}">` : ''}
<input type="hidden" name="filter[return_to]" value="${o.path}"></form>`,
    row: html`<p class="save-filter"><label for="filter_name">${t('listing.save_filter.label')}</label> <input id="filter_name" name="filter[name]" form="save-filter" required maxlength="100"> <button type="submit" form="save-filter">${t('listing.save_filter.button')}</button></p>`,
  };
}

/**
 * The listing page at `path` titled `title`; `intro` goes above the works (e.g. the tag's info). `save` says
 * whether a filter can be saved here (not where the path narrows by something a saved filter cannot name), and
 * `tag` the tag a tag page stands for; `showAll` is where the whole list is when a default filter narrowed it.
 */
export function worksIndexPage(ctx: PageContext, o: { title: string; heading: ListingKind; name?: string; path: string; result: FilteredWorks; intro?: Html | ''; save?: boolean; tag?: string; head?: Html | ''; showAll?: string }): Html {
  const r = o.result;
  const save = o.save === false ? undefined : saveFilterForm(ctx, { path: o.path, query: r.query, tag: o.tag });
  return layout(ctx, o.title, html`<div class="works-index">
<h1 class="heading">${listingHeading(r, o.heading, o.name)}</h1>
${listingNotices({ hidden: r.hidden, showAll: o.showAll })}
${o.intro ?? ''}
${filterSidebar(o.path, r, save)}
<section class="listing" aria-labelledby="listing-heading">
<h2 id="listing-heading" class="landmark heading">${t('listing.works')}</h2>
${workList(r.blurbs, ctx.asset('lock.svg'), t('listing.empty.filters'), ctx)}
${pagination(o.path, r.window, r.query)}
</section>
</div>
<script type="module" src="${ctx.asset('filters.js')}"></script>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`, o.head ?? '');
}
