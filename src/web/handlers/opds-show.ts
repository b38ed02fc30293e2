/**
 * GET /opds/…: the OPDS 1.2 catalog for e-readers. Each handler first learns its viewer (catalog-auth.ts: HTTP Basic,
 * else the cookie session, else a guest), then lists what the catalog actions give that viewer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catalogViewer, memberOrChallenge, challenge } from '../middleware/catalog-auth.ts';
import { renderOpds, renderCatalogOpenSearch, OPDS_TYPES, type OpdsFeed } from '../../export/opds.ts';
import { navigationFeed, acquisitionFeed, catalogPaths, type CatalogSite, type NavItem } from '../views/opds-feed.ts';
import {
  newWorks, mostKudos, tagWorks, collectionWorks, seriesWorks, searchCatalog, bookmarkedWorks, markedForLater,
  catalogMedia, catalogFandoms, catalogCollections, catalogSeries,
} from '../../actions/catalog.ts';
import { getSettings } from '../../storage/settings.ts';
import { DEFAULT_SITE_NAME } from '../../domain/site.ts';
import { tagFromSlug } from '../urls.ts';
import { queryParam } from '../respond.ts';
import { showDownload } from './download-show.ts';
import { REPLIED, type Replied } from '../replied.ts';
import { t } from '../../i18n/translate.ts';

type Params<P> = FastifyRequest<{ Params: P }>;

async function siteOf(request: FastifyRequest): Promise<CatalogSite> {
  const ctx = request.server.quire.ctx;
  const settings = await getSettings(ctx.db, ['site_name']);
  return { base: ctx.baseUrl, name: settings.get('site_name') ?? DEFAULT_SITE_NAME, now: ctx.now() };
}

/** `?page=N` (anything else is the first page; the list clamps past its end). */
const pageOf = (request: FastifyRequest) => (/^\d{1,9}$/.test(queryParam(request, 'page')) ? Math.max(1, Number(queryParam(request, 'page'))) : 1);

function send(reply: FastifyReply, feed: OpdsFeed) {
  // Private: a member's feeds list registered-only works and leave out what their blocklist hides.
  return reply.type(`${OPDS_TYPES[feed.kind]};charset=utf-8`).header('cache-control', 'private, max-age=60').header('vary', 'Authorization, Cookie, Accept-Language').send(renderOpds(feed));
}

/** Wraps a catalog handler: the viewer first (a failed Basic login has already been answered with 401). */
function catalog<P>(build: (request: Params<P>, reply: FastifyReply, site: CatalogSite) => Promise<OpdsFeed | Replied>) {
  return async (request: Params<P>, reply: FastifyReply) => {
    if (await catalogViewer(request, reply)) return REPLIED;
    const feed = await build(request, reply, await siteOf(request));
    return feed === REPLIED ? feed : send(reply, feed);
  };
}

/** A member's own lists, in the reader's language (made per request). */
const memberItems = (): NavItem[] => [
  { title: t('feeds.opds.bookmarks'), path: catalogPaths.bookmarks, kind: 'acquisition', text: t('feeds.opds.bookmarks_text'), rel: 'http://opds-spec.org/shelf' },
  { title: t('reader.readings.marked'), path: catalogPaths.markedForLater, kind: 'acquisition', text: t('feeds.opds.marked_text') },
];

/** GET /opds: the root navigation feed. */
export const showCatalogRoot = catalog(async (request, _reply, site) => navigationFeed(site, catalogPaths.root, site.name, [
  { title: t('feeds.opds.new'), path: catalogPaths.newWorks, kind: 'acquisition', text: t('feeds.opds.new_text'), rel: 'http://opds-spec.org/sort/new' },
  { title: t('feeds.opds.kudos'), path: catalogPaths.kudos, kind: 'acquisition', text: t('feeds.opds.kudos_text'), rel: 'http://opds-spec.org/sort/popular' },
  { title: t('feeds.opds.fandoms'), path: catalogPaths.fandoms, kind: 'navigation', text: t('feeds.opds.fandoms_text') },
  { title: t('listing.collection.index'), path: catalogPaths.collections, kind: 'navigation', text: t('feeds.opds.collections_text') },
  { title: t('feeds.opds.series'), path: catalogPaths.series, kind: 'navigation', text: t('feeds.opds.series_text') },
  ...(request.viewer ? memberItems() : [{ title: t('feeds.opds.log_in'), path: catalogPaths.account, kind: 'navigation' as const, text: t('feeds.opds.log_in_text') }]),
]));

/** GET /opds/account: the member's own lists; asks a guest for credentials. */
export const showCatalogAccount = catalog(async (request, reply, site) => {
  const member = await memberOrChallenge(request, reply);
  if (member === REPLIED) return member;
  return navigationFeed(site, catalogPaths.account, t('feeds.opds.account', { login: member.login, site: site.name }), memberItems());
});

/** GET /opds/works/new */
export const showCatalogNew = catalog(async (request, _reply, site) => acquisitionFeed(site, catalogPaths.newWorks, await newWorks(request.server.quire.ctx, request.viewer, pageOf(request))));

/** GET /opds/works/kudos */
export const showCatalogKudos = catalog(async (request, _reply, site) => acquisitionFeed(site, catalogPaths.kudos, await mostKudos(request.server.quire.ctx, request.viewer, pageOf(request))));

/** GET /opds/fandoms: media types. */
export const showCatalogMedia = catalog(async (request, _reply, site) => {
  const media = await catalogMedia(request.server.quire.ctx, request.viewer);
  return navigationFeed(site, catalogPaths.fandoms, t('feeds.opds.fandoms'), media.map((m) => ({
    title: m.name, path: catalogPaths.media(m.name), kind: 'navigation', text: t('feeds.opds.fandom_count', { count: m.fandoms }),
  })));
});

/** GET /opds/fandoms/:media: a media type's fandoms. */
export const showCatalogFandoms = catalog<{ media: string }>(async (request, _reply, site) => {
  const fandoms = await catalogFandoms(request.server.quire.ctx, request.viewer, request.params.media);
  return navigationFeed(site, catalogPaths.media(request.params.media), request.params.media, fandoms.map((f) => ({
    title: f.name, path: catalogPaths.tag(f.name), kind: 'acquisition', text: t('common.count.works', { count: f.works }),
  })));
});

/** GET /opds/tags/:name: a tag's works (the name escaped as in tag URLs). */
export const showCatalogTag = catalog<{ name: string }>(async (request, _reply, site) => {
  const name = tagFromSlug(request.params.name);
  return acquisitionFeed(site, catalogPaths.tag(name), await tagWorks(request.server.quire.ctx, request.viewer, name, pageOf(request)));
});

/** GET /opds/collections */
export const showCatalogCollections = catalog(async (request, _reply, site) => {
  const { collections, window } = await catalogCollections(request.server.quire.ctx, request.viewer, pageOf(request));
  return navigationFeed(site, catalogPaths.collections, t('listing.collection.index'), collections.map((c) => ({
    title: c.title, path: catalogPaths.collection(c.name), kind: 'acquisition', text: t('common.count.works', { count: c.works }),
  })), window);
});

/** GET /opds/collections/:name */
export const showCatalogCollection = catalog<{ name: string }>(async (request, _reply, site) =>
  acquisitionFeed(site, catalogPaths.collection(request.params.name), await collectionWorks(request.server.quire.ctx, request.viewer, request.params.name, pageOf(request))));

/** GET /opds/series */
export const showCatalogSeriesIndex = catalog(async (request, _reply, site) => {
  const { series, window } = await catalogSeries(request.server.quire.ctx, request.viewer, pageOf(request));
  return navigationFeed(site, catalogPaths.series, t('feeds.opds.series'), series.map((s) => ({ title: s.title, path: catalogPaths.oneSeries(s.id), kind: 'acquisition', text: t('feeds.opds.series_works', { title: s.title }) })), window);
});

/** GET /opds/series/:id */
export const showCatalogSeries = catalog<{ id: string }>(async (request, _reply, site) => {
  const id = Number(request.params.id);
  return acquisitionFeed(site, catalogPaths.oneSeries(id), await seriesWorks(request.server.quire.ctx, request.viewer, id, pageOf(request)));
});

/** GET /opds/search?q=… (the OpenSearch template's target). */
export const showCatalogSearch = catalog(async (request, _reply, site) => {
  const q = queryParam(request, 'q').trim();
  const found = await searchCatalog(request.server.quire.ctx, request.viewer, q, pageOf(request));
  return acquisitionFeed(site, catalogPaths.search(q), found);
});

/** GET /opds/bookmarks: the member's bookmarks. */
export const showCatalogBookmarks = catalog(async (request, reply, site) => {
  const member = await memberOrChallenge(request, reply);
  if (member === REPLIED) return member;
  return acquisitionFeed(site, catalogPaths.bookmarks, await bookmarkedWorks(request.server.quire.ctx, member, pageOf(request)));
});

/** GET /opds/marked-for-later */
export const showCatalogMarked = catalog(async (request, reply, site) => {
  const member = await memberOrChallenge(request, reply);
  if (member === REPLIED) return member;
  return acquisitionFeed(site, catalogPaths.markedForLater, await markedForLater(request.server.quire.ctx, member, pageOf(request)));
});

/** GET /opds/opensearch.xml */
export async function showCatalogOpenSearch(request: FastifyRequest, reply: FastifyReply) {
  const site = await siteOf(request);
  return reply.type(`${OPDS_TYPES.opensearch};charset=utf-8`).header('cache-control', 'public, max-age=3600').send(renderCatalogOpenSearch(site.base, site.name));
}

/** GET /opds/downloads/:id/:file: the web's download with the catalog's viewer; a guest asked for credentials. */
export async function showCatalogDownload(request: Params<{ id: string; file: string }>, reply: FastifyReply) {
  if (await catalogViewer(request, reply)) return REPLIED;
  return showDownload(request, reply, () => challenge(reply, t('feeds.opds.auth_download')));
}
