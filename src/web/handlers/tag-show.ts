/** GET /tags/:name (tag info) and /tags/:name/works (the tag's works with filters; a synonym's redirect to its canonical's). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryString } from '../respond.ts';
import { sharedPage } from '../shared-pages.ts';
import { replied, type Replied } from '../replied.ts';
import { tagShowPage } from '../views/tag-show.ts';
import { worksIndexPage } from '../views/works-index.ts';
import { blockForm } from '../views/block-form.ts';
import { tagNamed, tagInfo } from '../../actions/tag-info.ts';
import { visibleTagCounts } from '../../actions/tag-counts.ts';
import { filterWorks } from '../../actions/filter-works.ts';
import { tagNodeById } from '../../storage/tag-graph.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';
import { tagFromSlug, tagWorksPath, tagSlug } from '../urls.ts';
import { feedLink } from '../views/feed-link.ts';
import { t } from '../../i18n/translate.ts';

type TagRequest = FastifyRequest<{ Params: { name: string } }>;

/** The canonical tag a synonym points to, as a 301 to `path(name)`; undefined for any other tag. */
async function synonymRedirect(request: TagRequest, reply: FastifyReply, mergerId: number | null, path: (name: string) => string): Promise<Replied | undefined> {
  if (mergerId === null) return undefined;
  const canonical = await tagNodeById(request.server.quire.db, mergerId);
  const query = queryString(request);
  return canonical && replied(reply.code(301).redirect(`${path(canonical.name)}${query ? `?${query}` : ''}`));
}

/** The tag info page (a synonym's too: it says which tag it is a synonym of), with work counts the viewer may see. */
export async function showTag(request: TagRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const tag = await tagNamed(ctx, tagFromSlug(request.params.name));
  const [info, counts] = await Promise.all([tagInfo(ctx, tag), visibleTagCounts(ctx, request.viewer)]);
  return render(request, reply, (c) => tagShowPage(c, info, counts.of, blockForm(c, 'tag', tag.name)));
}

/** The works of a tag (its synonyms and sub-tags included), filtered by the query string. */
export async function showTagWorks(request: TagRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  return sharedPage(request, reply, async () => {
    const tag = await tagNamed(ctx, tagFromSlug(request.params.name));
    const moved = await synonymRedirect(request, reply, tag.mergerId, tagWorksPath);
    if (moved) return moved;
    const filter = parseWorkFilter(new URLSearchParams(queryString(request)));
    const result = await filterWorks(ctx, request.viewer, filter, { tagId: tag.id });
    return (c) => worksIndexPage(c, {
      title: t('listing.title.in', { name: tag.name }), heading: 'in', name: tag.name, path: tagWorksPath(tag.name), result,
      intro: blockForm(c, 'tag', tag.name), tag: tag.name,
      head: feedLink(`/tags/${tagSlug(tag.name)}/feed.atom`, t('listing.feed.in', { name: tag.name })),
    });
  });
}
