/** GET /collections, /collections/:name, /collections/:name/works (the collection's approved works, filtered). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam, queryString } from '../respond.ts';
import { collectionsIndexPage, collectionPage } from '../views/collections.ts';
import { worksIndexPage } from '../views/works-index.ts';
import { listCollections, readCollection } from '../../actions/read-collection.ts';
import { filterWorks } from '../../actions/filter-works.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';
import { collectionPath, collectionWorksPath } from '../collection-urls.ts';
import { html } from '../views/html.ts';
import { t } from '../../i18n/translate.ts';

type CollectionRequest = FastifyRequest<{ Params: { name: string } }>;

/** The index of collections. */
export async function showCollections(request: FastifyRequest, reply: FastifyReply) {
  const list = await listCollections(request.server.quire.ctx, request.viewer, queryParam(request, 'page'));
  return render(request, reply, (ctx) => collectionsIndexPage(ctx, list));
}

/** A collection's page. */
export async function showCollection(request: CollectionRequest, reply: FastifyReply) {
  const { collection, maintainer } = await readCollection(request.server.quire.ctx, request.viewer, request.params.name);
  return render(request, reply, (ctx) => collectionPage(ctx, collection, maintainer));
}

/** The collection's approved works with the usual filters. */
export async function showCollectionWorks(request: CollectionRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const { collection } = await readCollection(ctx, request.viewer, request.params.name);
  const filter = parseWorkFilter(new URLSearchParams(queryString(request)));
  const result = await filterWorks(ctx, request.viewer, filter, { collectionId: collection.id });
  return render(request, reply, (c) => worksIndexPage(c, {
    title: t('listing.title.in', { name: collection.title }), heading: 'in', name: collection.title, path: collectionWorksPath(collection.name), result,
    intro: html`<p class="collection parent"><a href="${collectionPath(collection.name)}">${t('listing.collection.about')}</a></p>`,
    // A saved filter cannot name a collection yet, so it is not offered here.
    save: false,
  }));
}
