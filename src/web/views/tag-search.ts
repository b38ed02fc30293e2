/** `/tags/search`: the tag search form and its results, most used first, with work counts. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { tagPath } from '../urls.ts';
import { KIND_CHOICES, tagSearchQuery, type TagSearch } from '../../domain/tag-search.ts';
import { MAX_TAG_LENGTH, type TagKind } from '../../domain/tag-list.ts';
import type { FoundTag, FoundTags } from '../../actions/search-tags.ts';
import type { PageContext } from './page.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** A kind of tag's name in the reader's language ("Additional tag (freeform)"). */
export const kindName = (k: TagKind): string => t(`tags.kind.${k}`);
const n = formatNumber;

/** The search form, filled in with what was sent. */
function searchForm(s: TagSearch): Html {
  return html`<form class="tag-search-form" method="get" action="/tags/search">
<p class="field"><label for="tag_search_name">${t('tags.search.name')}</label>
<input type="search" id="tag_search_name" name="tag_search[name]" value="${s.name}" maxlength="${MAX_TAG_LENGTH}"></p>
<p class="field"><label for="tag_search_type">${t('tags.search.kind')}</label>
<select id="tag_search_type" name="tag_search[type]"><option value="">${t('tags.search.any_kind')}</option>${KIND_CHOICES.map(([k]) => html`<option value="${k}"${s.kind === k ? html` selected` : ''}>${kindName(k)}</option>`)}</select></p>
<p class="field checkbox"><input type="checkbox" id="tag_search_canonical" name="tag_search[canonical]" value="T"${s.canonicalOnly ? html` checked` : ''}> <label for="tag_search_canonical">${t('tags.search.canonical_only')}</label></p>
<p><button type="submit">${t('tags.search.button')}</button></p>
</form>`;
}

/** One found tag: its page, kind, whether it is canonical or whose synonym, and its works. */
const result = (f: FoundTag): Html => html`<li><a class="tag" href="${tagPath(f.name)}">${f.name}</a>
<span class="meta">${kindName(f.kind)}${f.canonical ? t('tags.search.canonical') : ''}${f.synonymOf ? tHtml('tags.search.synonym_of', { tag: html`<a href="${tagPath(f.synonymOf)}">${f.synonymOf}</a>` }) : ''}</span>
<span class="count">(${t('common.count.works', { count: f.uses })})</span></li>`;

/** The results: a count, the page of tags, page links. */
function results(s: TagSearch, found: FoundTags, pastEnd: boolean): Html {
  const w = found.window;
  const heading = w.total === 0 ? t('tags.search.none_found') : w.pages > 1 ? t('tags.search.heading_range', { from: w.offset + 1, to: w.offset + found.tags.length, total: w.total }) : t('tags.search.heading', { count: w.total });
  return html`<section class="tag-results" aria-labelledby="tag-results-heading">
<h2 id="tag-results-heading">${heading}</h2>
${pastEnd ? html`<p class="notice">${t('tags.search.past_end', { pages: w.pages })}</p>` : ''}
${found.tags.length ? html`<ol class="tag-list">${found.tags.map(result)}</ol>` : html`<p>${t('tags.search.no_match')}</p>`}
${pagination('/tags/search', w, tagSearchQuery(s))}
</section>`;
}

/** The page: problems with what was sent (then no results), the form, and the results of a search. */
export function tagSearchPage(ctx: PageContext, o: { search: TagSearch; problems: string[]; found?: FoundTags }): Html {
  const pastEnd = o.found !== undefined && o.found.window.page < o.search.page;
  return layout(ctx, t('tags.search.title'), html`<div class="tag-search">
<h1 class="heading">${t('tags.search.title')}</h1>
${o.problems.length ? html`<div class="form-error" role="alert"><p>${t('tags.search.problems')}</p><ul>${o.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
${searchForm(o.search)}
${o.found ? results(o.search, o.found, pastEnd) : o.problems.length ? '' : html`<p>${t('tags.search.intro')}</p>`}
</div>`);
}
