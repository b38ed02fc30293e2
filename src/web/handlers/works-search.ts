/**
 * GET /works/search?work_search[query]=… (AO3's URL; `?q=` too) with `page`, the listing filters and the sort.
 * With nothing to search for, or `edit_search=true` (AO3's "Edit your search"), the advanced form, filled in.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryString } from '../respond.ts';
import { sharedPage } from '../shared-pages.ts';
import { worksSearchPage, advancedSearchPage } from '../views/works-search.ts';
import { searchWorks, searchFormRatings } from '../../actions/search-works.ts';

/** The query string of a request as URLSearchParams (repeated keys kept). */
export const searchParams = (request: FastifyRequest): URLSearchParams => new URLSearchParams(queryString(request));

/** The search page. */
export async function showWorksSearch(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  return sharedPage(request, reply, async () => {
    const params = searchParams(request);
    const page = await searchWorks(ctx, request.viewer, params);
    if (!page.searched || params.get('edit_search') === 'true') {
      const ratings = await searchFormRatings(ctx);
      return (c) => advancedSearchPage(c, page, ratings);
    }
    return (c) => worksSearchPage(c, page);
  });
}
