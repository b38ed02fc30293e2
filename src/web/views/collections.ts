/** The collection index (`/collections`) and a collection's page (`/collections/{name}`). */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { collectionPath, collectionWorksPath, collectionItemsPath } from '../collection-urls.ts';
import type { CollectionSummary } from '../../storage/collections.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import type { PageContext } from './page.ts';
import { reportItem } from './report-link.ts';

const worksLabel = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'work' : 'works'}`;
const status = (c: CollectionSummary) => `${c.open ? 'Open' : 'Closed'}, ${c.moderated ? 'moderated' : 'unmoderated'}`;
const owner = (c: CollectionSummary) => (c.ownerLogin ? html`<a href="/users/${c.ownerLogin}">${c.ownerLogin}</a>` : 'nobody (the account was deleted)');

/** One collection in the index (`li.collection.blurb`). */
function blurb(c: CollectionSummary): Html {
  return html`<li class="collection blurb group" id="collection_${c.id}">
<h2 class="heading"><a href="${collectionPath(c.name)}">${c.title}</a> <span class="name">(${c.name})</span></h2>
<p class="owner">Owned by ${owner(c)}. ${status(c)}.</p>
<p class="works"><a href="${collectionWorksPath(c.name)}">${worksLabel(c.works)}</a></p>
</li>`;
}

/** The index of collections, by title. */
export function collectionsIndexPage(ctx: PageContext, list: { collections: CollectionSummary[]; window: PageWindow }): Html {
  const w = list.window;
  return layout(ctx, w.pages > 1 ? `Collections (page ${w.page})` : 'Collections', html`<div class="collections-index">
<h1 class="heading">Collections</h1>
${ctx.viewer ? html`<p class="navigation actions"><a href="/collections/new">Start a collection</a></p>` : ''}
${list.collections.length ? html`<ul class="collection index group">${list.collections.map(blurb)}</ul>` : html`<p>There are no collections yet.</p>`}
${pagination('/collections', w)}
</div>`);
}

/** A collection's page: title, description, owner, status and how many works it holds. */
export function collectionPage(ctx: PageContext, c: CollectionSummary, maintainer: boolean): Html {
  return layout(ctx, c.title, html`<div class="collection home">
<h1 class="heading">${c.title}</h1>
${c.descriptionHtml ? html`<div class="primary header module"><h2 class="landmark heading">Description</h2><blockquote class="userstuff">${raw(c.descriptionHtml)}</blockquote></div>` : ''}
<dl class="collection meta">
<dt>Name:</dt><dd class="name">${c.name}</dd>
<dt>Owner:</dt><dd class="owner">${owner(c)}</dd>
<dt>Status:</dt><dd class="status">${status(c)}</dd>
<dt>Works:</dt><dd class="works"><a href="${collectionWorksPath(c.name)}">${worksLabel(c.works)}</a></dd>
</dl>
<ul class="navigation actions">
<li><a href="${collectionWorksPath(c.name)}">Browse the works</a></li>
${maintainer ? html`<li><a href="${collectionPath(c.name)}/edit">Edit the collection</a></li><li><a href="${collectionItemsPath(c.name)}">Approve and remove works</a></li>` : ''}
${ctx.viewer && !maintainer ? html`<li><a href="${collectionItemsPath(c.name)}">Your works in this collection</a></li>` : ''}
${maintainer ? '' : reportItem(collectionPath(c.name), 'Report this collection')}
</ul>
${c.open ? html`<p class="hint">To add one of your works, name <strong>${c.name}</strong> under "Post to collections" when you post or edit it.</p>` : ''}
</div>`);
}
