/** The collection index (`/collections`) and a collection's page (`/collections/{name}`). */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { collectionPath, collectionWorksPath, collectionItemsPath } from '../collection-urls.ts';
import type { CollectionSummary } from '../../storage/collections.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import type { PageContext } from './page.ts';
import { reportItem } from './report-link.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

const worksLabel = (n: number) => t('common.count.works', { count: n });
const status = (c: CollectionSummary) => t('listing.collection.status', { open: c.open ? 'yes' : 'no', moderated: c.moderated ? 'yes' : 'no' });
const owner = (c: CollectionSummary): Html => (c.ownerLogin ? html`<a href="/users/${c.ownerLogin}">${c.ownerLogin}</a>` : html`${t('listing.collection.no_owner')}`);

/** One collection in the index (`li.collection.blurb`). */
function blurb(c: CollectionSummary): Html {
  return html`<li class="collection blurb group" id="collection_${c.id}">
<h2 class="heading"><a href="${collectionPath(c.name)}">${c.title}</a> <span class="name">(${c.name})</span></h2>
<p class="owner">${tHtml('listing.collection.owned_by', { owner: owner(c), status: status(c) })}</p>
<p class="works"><a href="${collectionWorksPath(c.name)}">${worksLabel(c.works)}</a></p>
</li>`;
}

/** The index of collections, by title. */
export function collectionsIndexPage(ctx: PageContext, list: { collections: CollectionSummary[]; window: PageWindow }): Html {
  const w = list.window;
  return layout(ctx, w.pages > 1 ? t('listing.collection.index_page', { page: w.page }) : t('listing.collection.index'), html`<div class="collections-index">
<h1 class="heading">${t('listing.collection.index')}</h1>
${ctx.viewer ? html`<p class="navigation actions"><a href="/collections/new">${t('listing.collection.start')}</a></p>` : ''}
${list.collections.length ? html`<ul class="collection index group">${list.collections.map(blurb)}</ul>` : html`<p>${t('listing.collection.none')}</p>`}
${pagination('/collections', w)}
</div>`);
}

/** A collection's page: title, description, owner, status and how many works it holds. */
export function collectionPage(ctx: PageContext, c: CollectionSummary, maintainer: boolean): Html {
  return layout(ctx, c.title, html`<div class="collection home">
<h1 class="heading">${c.title}</h1>
${c.descriptionHtml ? html`<div class="primary header module"><h2 class="landmark heading">${t('listing.collection.description')}</h2><blockquote class="userstuff">${raw(c.descriptionHtml)}</blockquote></div>` : ''}
<dl class="collection meta">
<dt>${t('listing.collection.name')}</dt><dd class="name">${c.name}</dd>
<dt>${t('listing.collection.owner')}</dt><dd class="owner">${owner(c)}</dd>
<dt>${t('listing.collection.status_label')}</dt><dd class="status">${status(c)}</dd>
<dt>${t('listing.collection.works')}</dt><dd class="works"><a href="${collectionWorksPath(c.name)}">${worksLabel(c.works)}</a></dd>
</dl>
<ul class="navigation actions">
<li><a href="${collectionWorksPath(c.name)}">${t('listing.collection.browse')}</a></li>
${maintainer ? html`<li><a href="${collectionPath(c.name)}/edit">${t('listing.collection.edit')}</a></li><li><a href="${collectionItemsPath(c.name)}">${t('listing.collection.manage')}</a></li>` : ''}
${ctx.viewer && !maintainer ? html`<li><a href="${collectionItemsPath(c.name)}">${t('listing.collection.yours')}</a></li>` : ''}
${maintainer ? '' : reportItem(collectionPath(c.name), t('listing.collection.report'))}
</ul>
${c.open ? html`<p class="hint">${tHtml('listing.collection.how_to_add', { name: html`<strong>${c.name}</strong>` })}</p>` : ''}
</div>`);
}
