/** Atom feeds (creator, series, tag, search, a work's chapters) and the OpenSearch description. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderAtom } from '../../export/atom.ts';
import { renderOpenSearch } from '../../export/opensearch.ts';
import { atomFeed } from '../views/atom-feed.ts';
import { creatorFeed, seriesFeed, tagFeed, searchFeed, chaptersFeed, type FeedSource } from '../../actions/feeds.ts';
import { getSettings } from '../../storage/settings.ts';
import { DEFAULT_SITE_NAME } from '../../domain/site.ts';
import { tagFromSlug } from '../urls.ts';
import { searchParams } from './works-search.ts';

function sendFeed(request: FastifyRequest, reply: FastifyReply, source: FeedSource): FastifyReply {
  const ctx = request.server.quire.ctx;
  // Private: a logged-in reader's feed may list registered-only works and leaves out what their blocklist hides;
  // Vary: Cookie, so a browser asks again after logging in or out rather than reusing the other one's feed, and
  // Accept-Language, since its titles and entry facts are in the reader's language.
  return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'private, max-age=300').header('vary', 'Cookie, Accept-Language').send(renderAtom(atomFeed(ctx.baseUrl, source, ctx.now())));
}

/** GET /users/:login/works.atom */
export async function showCreatorFeed(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  return sendFeed(request, reply, await creatorFeed(request.server.quire.ctx, request.viewer, request.params.login));
}

/** GET /series/:id.atom */
export async function showSeriesFeed(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  return sendFeed(request, reply, await seriesFeed(request.server.quire.ctx, request.viewer, Number(request.params.id)));
}

/** GET /tags/:name/feed.atom (the OTW contract's URL; the name is escaped as in tag URLs). */
export async function showTagFeed(request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) {
  const slug = encodeURIComponent(request.params.name);
  const paths = { feed: `/tags/${slug}/feed.atom`, page: `/tags/${slug}/works` };
  return sendFeed(request, reply, await tagFeed(request.server.quire.ctx, request.viewer, tagFromSlug(request.params.name), searchParams(request), paths));
}

/** GET /works/search.atom?work_search[query]=… */
export async function showSearchFeed(request: FastifyRequest, reply: FastifyReply) {
  return sendFeed(request, reply, await searchFeed(request.server.quire.ctx, request.viewer, searchParams(request)));
}

/** GET /works/:id/chapters.atom */
export async function showChaptersFeed(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  return sendFeed(request, reply, await chaptersFeed(request.server.quire.ctx, request.viewer, Number(request.params.id)));
}

/** GET /opensearch.xml */
export async function showOpenSearch(request: FastifyRequest, reply: FastifyReply) {
  const settings = await getSettings(request.server.quire.db, ['site_name']);
  const xml = renderOpenSearch(request.server.quire.ctx.baseUrl, settings.get('site_name') ?? DEFAULT_SITE_NAME);
  return reply.type('application/opensearchdescription+xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(xml);
}
