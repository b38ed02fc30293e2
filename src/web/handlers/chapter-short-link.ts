/** GET /chapters/:id: AO3's short chapter address, moved for good (301) to /works/{work}/chapters/{id}. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { locateChapter } from '../../actions/locate-chapter.ts';
import { chapterPath } from '../urls.ts';
import { asLocation, queryString } from '../respond.ts';

/** Redirects to the chapter within its work, keeping the query (view_adult=true and the like); 404 when not visible. */
export async function redirectShortChapter(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const { workId, chapterId } = await locateChapter(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const query = queryString(request);
  return reply.redirect(asLocation(chapterPath(workId, chapterId) + (query ? `?${query}` : '')), 301);
}
