/** A filtered listing of works (all works, a tag's works): heading, blurbs, pagination and the filter sidebar. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { filterSidebar } from './work-filters.ts';
import { csrfField } from './form.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { PageContext } from './page.ts';

/** "1 - 20 of 45 Works in X" (AO3's listing heading). */
export function listingHeading(r: Pick<FilteredWorks, 'window' | 'blurbs'>, suffix: string): string {
  const w = r.window;
  const noun = w.total === 1 ? 'Work' : 'Works';
  if (w.total <= w.perPage || r.blurbs.length === 0) return `${w.total} ${noun}${suffix}`;
  return `${w.offset + 1} - ${w.offset + r.blurbs.length} of ${w.total} ${noun}${suffix}`;
}

/** A form to keep the current filter under a name (logged-in readers). */
export function saveFilterForm(ctx: PageContext, query: string): Html | '' {
  if (!ctx.viewer || !query) return '';
  return html`<form method="post" action="/settings/filters" class="save-filter">${csrfField(ctx.csrfToken)}
<input type="hidden" name="filter[query]" value="${query}">
<p><label for="filter_name">Save this filter as</label> <input id="filter_name" name="filter[name]" required maxlength="100"> <button type="submit">Save filter</button></p></form>`;
}

/** The listing page at `path` titled `title`; `intro` goes above the works (e.g. the tag's info); `saveQuery` is what "Save this filter" keeps when the page's own path narrows the works (a tag page). */
export function worksIndexPage(ctx: PageContext, o: { title: string; headingSuffix: string; path: string; result: FilteredWorks; intro?: Html | ''; saveQuery?: string; head?: Html | '' }): Html {
  const r = o.result;
  return layout(ctx, o.title, html`<div class="works-index">
<h1 class="heading">${listingHeading(r, o.headingSuffix)}</h1>
${o.intro ?? ''}
<section class="listing" aria-labelledby="listing-heading">
<h2 id="listing-heading" class="landmark heading">Works</h2>
${workList(r.blurbs, ctx.asset('lock.svg'), 'No works match these filters.')}
${pagination(o.path, r.window, r.query)}
</section>
${filterSidebar(o.path, r)}
${saveFilterForm(ctx, o.saveQuery ?? r.query)}
</div>`, o.head ?? '');
}
