/** GET /media and /media/:name/fandoms */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { mediaIndexPage, mediaFandomsPage } from '../views/fandom-index.ts';
import { mediaIndex, fandomsOf } from '../../actions/fandom-index.ts';
import { tagFromSlug } from '../urls.ts';

/** Every media type with its top fandoms. */
export async function showMediaIndex(request: FastifyRequest, reply: FastifyReply) {
  const media = await mediaIndex(request.server.quire.ctx, request.viewer);
  return render(request, reply, (c) => mediaIndexPage(c, media));
}

/** The fandoms of one media type. */
export async function showMediaFandoms(request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) {
  const media = tagFromSlug(request.params.name);
  const fandoms = await fandomsOf(request.server.quire.ctx, request.viewer, media);
  return render(request, reply, (c) => mediaFandomsPage(c, media, fandoms));
}
