/**
 * The OPDS 1.2 catalog for e-readers. GET only; open to anyone because the catalog learns its viewer itself
 * (HTTP Basic, middleware/catalog-auth.ts) and answers 401, not a login page, where a member's list is asked for.
 */
import type { Route } from '../routes.ts';
import {
  showCatalogRoot, showCatalogAccount, showCatalogNew, showCatalogKudos, showCatalogMedia, showCatalogFandoms, showCatalogTag,
  showCatalogCollections, showCatalogCollection, showCatalogSeriesIndex, showCatalogSeries, showCatalogSearch,
  showCatalogBookmarks, showCatalogMarked, showCatalogOpenSearch, showCatalogDownload,
} from '../handlers/opds-show.ts';

export const opdsRoutes: readonly Route[] = [
  { method: 'GET', url: '/opds', access: 'anyone', handler: showCatalogRoot },
  { method: 'GET', url: '/opds/account', access: 'anyone', handler: showCatalogAccount },
  { method: 'GET', url: '/opds/works/new', access: 'anyone', handler: showCatalogNew },
  { method: 'GET', url: '/opds/works/kudos', access: 'anyone', handler: showCatalogKudos },
  { method: 'GET', url: '/opds/fandoms', access: 'anyone', handler: showCatalogMedia },
  { method: 'GET', url: '/opds/fandoms/:media', access: 'anyone', handler: showCatalogFandoms },
  { method: 'GET', url: '/opds/tags/:name', access: 'anyone', handler: showCatalogTag },
  { method: 'GET', url: '/opds/collections', access: 'anyone', handler: showCatalogCollections },
  { method: 'GET', url: '/opds/collections/:name', access: 'anyone', handler: showCatalogCollection },
  { method: 'GET', url: '/opds/series', access: 'anyone', handler: showCatalogSeriesIndex },
  { method: 'GET', url: '/opds/series/:id', access: 'anyone', handler: showCatalogSeries },
  { method: 'GET', url: '/opds/search', access: 'anyone', handler: showCatalogSearch },
  { method: 'GET', url: '/opds/bookmarks', access: 'anyone', handler: showCatalogBookmarks },
  { method: 'GET', url: '/opds/marked-for-later', access: 'anyone', handler: showCatalogMarked },
  { method: 'GET', url: '/opds/opensearch.xml', access: 'anyone', handler: showCatalogOpenSearch },
  { method: 'GET', url: '/opds/downloads/:id/:file', access: 'anyone', handler: showCatalogDownload },
];
