/** GET /works/search?work_search[query]=… (AO3's URL; `?q=` too) with `page` and the listing filters. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { worksSearchPage } from '../views/works-search.ts';
import { searchWorks } from '../../actions/search-works.ts';

/** The query string of a request as URLSearchParams (repeated keys kept). */
export const searchParams = (request: FastifyRequest): URLSearchParams => new URLSearchParams(request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '');

/** The search page. */
export async function showWorksSearch(request: FastifyRequest, reply: FastifyReply) {
  const page = await searchWorks(request.server.quire.ctx, request.viewer, searchParams(request));
  return render(request, reply, (ctx) => worksSearchPage(ctx, page));
}
