/** `/tags/search`: the tag search form and its results, most used first, with work counts. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { tagPath } from '../urls.ts';
import { KIND_CHOICES, tagSearchQuery, type TagSearch } from '../../domain/tag-search.ts';
import { MAX_TAG_LENGTH, type TagKind } from '../../domain/tag-list.ts';
import type { FoundTag, FoundTags } from '../../actions/search-tags.ts';
import type { PageContext } from './page.ts';

const KIND_NAME = new Map<TagKind, string>(KIND_CHOICES);
const n = (v: number) => v.toLocaleString('en');

/** The search form, filled in with what was sent. */
function searchForm(s: TagSearch): Html {
  return html`<form class="tag-search-form" method="get" action="/tags/search">
<p class="field"><label for="tag_search_name">Name contains</label>
<input type="search" id="tag_search_name" name="tag_search[name]" value="${s.name}" maxlength="${MAX_TAG_LENGTH}"></p>
<p class="field"><label for="tag_search_type">Kind</label>
<select id="tag_search_type" name="tag_search[type]"><option value="">Any kind</option>${KIND_CHOICES.map(([k, label]) => html`<option value="${k}"${s.kind === k ? html` selected` : ''}>${label}</option>`)}</select></p>
<p class="field checkbox"><input type="checkbox" id="tag_search_canonical" name="tag_search[canonical]" value="T"${s.canonicalOnly ? html` checked` : ''}> <label for="tag_search_canonical">Canonical tags only</label></p>
<p><button type="submit">Search tags</button></p>
</form>`;
}

/** One found tag: its page, kind, whether it is canonical or whose synonym, and its works. */
const result = (t: FoundTag): Html => html`<li><a class="tag" href="${tagPath(t.name)}">${t.name}</a>
<span class="meta">${KIND_NAME.get(t.kind) ?? t.kind}${t.canonical ? ', canonical' : ''}${t.synonymOf ? html`, synonym of <a href="${tagPath(t.synonymOf)}">${t.synonymOf}</a>` : ''}</span>
<span class="count">(${n(t.uses)} ${t.uses === 1 ? 'work' : 'works'})</span></li>`;

/** The results: a count, the page of tags, page links. */
function results(s: TagSearch, found: FoundTags, pastEnd: boolean): Html {
  const w = found.window;
  const heading = w.total === 0 ? 'No tags found' : w.pages > 1 ? `${n(w.offset + 1)} - ${n(w.offset + found.tags.length)} of ${n(w.total)} tags, most used first` : `${n(w.total)} ${w.total === 1 ? 'tag' : 'tags'}, most used first`;
  return html`<section class="tag-results" aria-labelledby="tag-results-heading">
<h2 id="tag-results-heading">${heading}</h2>
${pastEnd ? html`<p class="notice">There ${w.pages === 1 ? 'is only 1 page' : `are only ${n(w.pages)} pages`} of results: this is the last.</p>` : ''}
${found.tags.length ? html`<ol class="tag-list">${found.tags.map(result)}</ol>` : html`<p>No tag matches this search. Try part of the name, or any kind.</p>`}
${pagination('/tags/search', w, tagSearchQuery(s))}
</section>`;
}

/** The page: problems with what was sent (then no results), the form, and the results of a search. */
export function tagSearchPage(ctx: PageContext, o: { search: TagSearch; problems: string[]; found?: FoundTags }): Html {
  const pastEnd = o.found !== undefined && o.found.window.page < o.search.page;
  return layout(ctx, 'Search tags', html`<div class="tag-search">
<h1 class="heading">Search tags</h1>
${o.problems.length ? html`<div class="form-error" role="alert"><p>This search cannot be run as sent:</p><ul>${o.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
${searchForm(o.search)}
${o.found ? results(o.search, o.found, pastEnd) : o.problems.length ? '' : html`<p>Find a tag by part of its name, its kind, or both. Results show how many works carry each tag, most used first.</p>`}
</div>`);
}
