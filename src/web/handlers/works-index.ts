/** GET /works: every work the viewer may see, filtered; with no query, a logged-in reader's default filter applies. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryString } from '../respond.ts';
import { sharedPage } from '../shared-pages.ts';
import { worksIndexPage } from '../views/works-index.ts';
import { filterWorks } from '../../actions/filter-works.ts';
import { defaultFilterQuery } from '../../actions/saved-filters.ts';
import { standingOf } from '../middleware/session.ts';
import { filterQuery, parseWorkFilter, type WorkFilter } from '../../domain/work-filter.ts';
import { t } from '../../i18n/translate.ts';

/** All works. */
export async function showWorksIndex(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  return sharedPage(request, reply, async () => {
    const given = queryString(request);
    const byDefault = standingOf(request)?.defaultFilter ?? await defaultFilterQuery(ctx, request.viewer);
    const filter = parseWorkFilter(new URLSearchParams(given || byDefault));
    const result = await filterWorks(ctx, request.viewer, filter);
    // Any query at all, even `page=1`, means the reader chose what to see: that is the "show all" link. Later pages
    // of the default filter carry it in their links, so they say so too.
    const showAll = byDefault && sameFilter(filter, byDefault) ? '/works?page=1' : undefined;
    return (c) => worksIndexPage(c, { title: t('listing.works'), heading: 'works', path: '/works', result, showAll });
  });
}

/** Whether `filter` is the saved query `saved`, whatever page it is on. */
const sameFilter = (filter: WorkFilter, saved: string) =>
  filterQuery({ ...filter, page: 1 }) === filterQuery({ ...parseWorkFilter(new URLSearchParams(saved)), page: 1 });
