/**
 * The tag page (`/tags/{name}`): the tag's kind and state, the canonical tag if it is a synonym, its synonyms, the
 * tags above it (parent tags of other kinds, metatags of its own kind) and below it (sub-tags of its own kind, and a
 * fandom's characters and relationships), each with the works the reader may see under it.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagPath, tagWorksPath } from '../urls.ts';
import { hasRole } from '../../domain/permissions.ts';
import { KIND_CHOICES } from '../../domain/tag-search.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { TagNode } from '../../storage/tag-graph.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import type { PageContext } from './page.ts';

/** Works per tag id the reader may see; absent where counts are not shown (the wrangling page). */
type Uses = ((id: number) => number) | undefined;

const KIND_NAME = new Map<TagKind, string>(KIND_CHOICES);
const works = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'work' : 'works'}`;
const count = (uses: Uses, id: number) => (uses ? html` <span class="count">(${uses(id).toLocaleString('en')})</span>` : '');

const tagLinks = (tags: readonly TagNode[], uses: Uses) =>
  html`<ul class="tags commas">${tags.map((t) => html`<li><a class="tag" href="${tagPath(t.name)}">${t.name}</a>${count(uses, t.id)}</li>`)}</ul>`;

/** Tags under a label, or "None" (`always`) or nothing when there are none. */
const row = (label: string, tags: readonly TagNode[], uses: Uses, always = true): Html | '' =>
  tags.length || always ? html`<dt>${label}:</dt><dd>${tags.length ? tagLinks(tags, uses) : 'None'}</dd>` : '';

/** The children of other kinds (a fandom's characters and relationships), a row per kind. */
function childRows(info: TagInfo, uses: Uses): Html[] {
  const kinds = [...new Set(info.children.filter((c) => c.kind !== info.tag.kind).map((c) => c.kind))];
  return kinds.map((k) => row(`${KIND_NAME.get(k) ?? k} tags`, info.children.filter((c) => c.kind === k), uses) as Html);
}

/** The tag's relations as a definition list (shared with the wrangling page, which shows no counts). */
export function tagRelations(info: TagInfo, uses?: Uses): Html {
  const t = info.tag;
  const same = (x: TagNode) => x.kind === t.kind;
  return html`<dl class="tag-relations">
<dt>Kind:</dt><dd>${KIND_NAME.get(t.kind) ?? t.kind}</dd>
<dt>Canonical:</dt><dd>${t.canonical ? 'Yes' : 'No'}</dd>
${info.merger ? html`<dt>Synonym of:</dt><dd><a class="tag" href="${tagPath(info.merger.name)}">${info.merger.name}</a>${count(uses, info.merger.id)}</dd>` : ''}
${t.media ? html`<dt>Media:</dt><dd>${t.media}</dd>` : ''}
${row('Synonyms', info.synonyms, uses)}
${row('Parent tags', info.parents.filter((p) => !same(p)), uses)}
${row('Metatags', info.parents.filter(same), uses)}
${row('Sub-tags', info.children.filter(same), uses)}
${childRows(info, uses)}
</dl>`;
}

/** The tag info page; `uses` counts works the reader may see; `blockForm` lets a logged-in reader hide the tag. */
export function tagShowPage(ctx: PageContext, info: TagInfo, uses: (id: number) => number, blockForm: Html | ''): Html {
  const t = info.tag;
  // A synonym's works are listed under its canonical tag.
  const listed = info.merger ?? t;
  return layout(ctx, t.name, html`<div class="tag-show">
<h1 class="heading">${t.name}</h1>
${info.merger ? html`<p class="notice">This tag is a synonym of <a class="tag" href="${tagPath(info.merger.name)}">${info.merger.name}</a>: works tagged with either are listed together.</p>` : ''}
<p class="tag-works"><a href="${tagWorksPath(listed.name)}">Works tagged ${listed.name}</a> <span class="count">(${works(uses(listed.id))})</span></p>
${tagRelations(info, uses)}
${hasRole(ctx.viewer, 'moderator') ? html`<p><a href="${tagPath(t.name)}/edit">Wrangle this tag</a></p>` : ''}
<p><a href="/tags/search">Search tags</a></p>
${blockForm}
</div>`);
}
