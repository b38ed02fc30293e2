/**
 * The tag page (`/tags/{name}`): the tag's kind and state, the canonical tag if it is a synonym, its synonyms, the
 * tags above it (parent tags of other kinds, metatags of its own kind) and below it (sub-tags of its own kind, and a
 * fandom's characters and relationships), each with the works the reader may see under it.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagPath, tagWorksPath } from '../urls.ts';
import { hasRole } from '../../domain/permissions.ts';
import { kindName } from './tag-search.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { TagNode } from '../../storage/tag-graph.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import type { PageContext } from './page.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** Works per tag id the reader may see; absent where counts are not shown (the wrangling page). */
type Uses = ((id: number) => number) | undefined;

const works = (n: number) => t('common.count.works', { count: n });
const count = (uses: Uses, id: number) => (uses ? html` <span class="count">(${formatNumber(uses(id))})</span>` : '');

const tagLinks = (tags: readonly TagNode[], uses: Uses) =>
  html`<ul class="tags commas">${tags.map((n) => html`<li><a class="tag" href="${tagPath(n.name)}">${n.name}</a>${count(uses, n.id)}</li>`)}</ul>`;

/** Tags under a label, or "None" (`always`) or nothing when there are none. */
const row = (label: string, tags: readonly TagNode[], uses: Uses, always = true): Html | '' =>
  tags.length || always ? html`<dt>${label}</dt><dd>${tags.length ? tagLinks(tags, uses) : t('tags.show.none')}</dd>` : '';

/** The children of other kinds (a fandom's characters and relationships), a row per kind. */
function childRows(info: TagInfo, uses: Uses): Html[] {
  const kinds = [...new Set(info.children.filter((c) => c.kind !== info.tag.kind).map((c) => c.kind))];
  return kinds.map((k) => row(t('tags.show.kind_tags', { kind: kindName(k) }), info.children.filter((c) => c.kind === k), uses) as Html);
}

/** The tag's relations as a definition list (shared with the wrangling page, which shows no counts). */
export function tagRelations(info: TagInfo, uses?: Uses): Html {
  const tag = info.tag;
  const same = (x: TagNode) => x.kind === tag.kind;
  return html`<dl class="tag-relations">
<dt>${t('tags.show.kind')}</dt><dd>${kindName(tag.kind)}</dd>
<dt>${t('tags.show.canonical')}</dt><dd>${tag.canonical ? t('tags.show.yes') : t('tags.show.no')}</dd>
${info.merger ? html`<dt>${t('tags.show.synonym_of')}</dt><dd><a class="tag" href="${tagPath(info.merger.name)}">${info.merger.name}</a>${count(uses, info.merger.id)}</dd>` : ''}
${tag.media ? html`<dt>${t('tags.show.media')}</dt><dd>${tag.media}</dd>` : ''}
${row(t('tags.show.synonyms'), info.synonyms, uses)}
${row(t('tags.show.parents'), info.parents.filter((p) => !same(p)), uses)}
${row(t('tags.show.metatags'), info.parents.filter(same), uses)}
${row(t('tags.show.subtags'), info.children.filter(same), uses)}
${childRows(info, uses)}
</dl>`;
}

/** The tag info page; `uses` counts works the reader may see; `blockForm` lets a logged-in reader hide the tag. */
export function tagShowPage(ctx: PageContext, info: TagInfo, uses: (id: number) => number, blockForm: Html | ''): Html {
  const tag = info.tag;
  // A synonym's works are listed under its canonical tag.
  const listed = info.merger ?? tag;
  return layout(ctx, tag.name, html`<div class="tag-show">
<h1 class="heading">${tag.name}</h1>
${info.merger ? html`<p class="notice">${tHtml('tags.show.synonym_notice', { tag: html`<a class="tag" href="${tagPath(info.merger.name)}">${info.merger.name}</a>` })}</p>` : ''}
<p class="tag-works"><a href="${tagWorksPath(listed.name)}">${t('tags.show.works_tagged', { name: listed.name })}</a> <span class="count">(${works(uses(listed.id))})</span></p>
${tagRelations(info, uses)}
${hasRole(ctx.viewer, 'moderator') ? html`<p><a href="${tagPath(tag.name)}/edit">${t('tags.show.wrangle')}</a></p>` : ''}
<p><a href="/tags/search">${t('tags.search.title')}</a></p>
${blockForm}
</div>`);
}
