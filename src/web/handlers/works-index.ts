/** GET /works: every work the viewer may see, filtered; with no query, a logged-in reader's default filter applies. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { worksIndexPage } from '../views/works-index.ts';
import { filterWorks } from '../../actions/filter-works.ts';
import { defaultFilterQuery } from '../../actions/saved-filters.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';

/** All works. */
export async function showWorksIndex(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const given = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  const query = given || (await defaultFilterQuery(ctx, request.viewer));
  const result = await filterWorks(ctx, request.viewer, parseWorkFilter(new URLSearchParams(query)));
  return render(request, reply, (c) => worksIndexPage(c, { title: 'Works', headingSuffix: '', path: '/works', result }));
}
