/** The tag page (`/tags/{name}`): kind, canonical state, synonyms, parents and children, with links to works. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagPath, tagWorksPath } from '../urls.ts';
import { hasRole } from '../../domain/permissions.ts';
import type { TagInfo } from '../../actions/tag-info.ts';
import type { TagNode } from '../../storage/tag-graph.ts';
import type { PageContext } from './page.ts';

const tagLinks = (tags: readonly TagNode[]) => html`<ul class="tags commas">${tags.map((t) => html`<li><a class="tag" href="${tagPath(t.name)}">${t.name}</a></li>`)}</ul>`;

/** The tag's relations as a definition list (shared with the wrangling page). */
export function tagRelations(info: TagInfo): Html {
  const t = info.tag;
  return html`<dl class="tag-relations">
<dt>Kind:</dt><dd>${t.kind}</dd>
<dt>Canonical:</dt><dd>${t.canonical ? 'Yes' : 'No'}</dd>
${info.merger ? html`<dt>Synonym of:</dt><dd><a class="tag" href="${tagPath(info.merger.name)}">${info.merger.name}</a></dd>` : ''}
${t.media ? html`<dt>Media:</dt><dd>${t.media}</dd>` : ''}
<dt>Synonyms:</dt><dd>${info.synonyms.length ? tagLinks(info.synonyms) : 'None'}</dd>
<dt>Parent tags:</dt><dd>${info.parents.length ? tagLinks(info.parents) : 'None'}</dd>
<dt>Sub-tags and related tags:</dt><dd>${info.children.length ? tagLinks(info.children) : 'None'}</dd>
</dl>`;
}

/** The tag info page; `blockForm` lets a logged-in reader hide the tag. */
export function tagShowPage(ctx: PageContext, info: TagInfo, blockForm: Html | ''): Html {
  const t = info.tag;
  return layout(ctx, t.name, html`<div class="tag-show">
<h1 class="heading">${t.name}</h1>
${tagRelations(info)}
<p><a href="${tagWorksPath(t.name)}">Works tagged ${t.name}</a></p>
${hasRole(ctx.viewer, 'moderator') ? html`<p><a href="${tagPath(t.name)}/edit">Wrangle this tag</a></p>` : ''}
${blockForm}
</div>`);
}
