/** GET /tags/search */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryString } from '../respond.ts';
import { tagSearchPage } from '../views/tag-search.ts';
import { isSearching, parseTagSearch } from '../../domain/tag-search.ts';
import { searchTags } from '../../actions/search-tags.ts';

/** The tag search form, and its results when something was asked; values that cannot be used get a 400 with the form as sent. */
export async function showTagSearch(request: FastifyRequest, reply: FastifyReply) {
  const q = new URLSearchParams(queryString(request));
  const { search, problems } = parseTagSearch(q);
  const found = problems.length === 0 && isSearching(q) ? await searchTags(request.server.quire.ctx, request.viewer, search) : undefined;
  return render(request, reply, (c) => tagSearchPage(c, { search, problems, found }), problems.length ? 400 : 200);
}
