/** GET /series/:id (+ ?page=N): a series and the works in it the viewer may see. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam } from '../respond.ts';
import { seriesShowPage } from '../views/series-show.ts';
import { readSeries } from '../../actions/read-series.ts';
import { subscriptionButtonState } from '../../actions/subscribe.ts';
import { viewerBookmarkForm } from './bookmark-block.ts';

/** The series page. */
export async function showSeries(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const series = await readSeries(request.server.quire.ctx, request.viewer, Number(request.params.id), queryParam(request, 'page'));
  const own = series.createdBy !== null && series.createdBy === request.viewer?.id;
  const subscribe = { kind: 'series' as const, targetId: series.id, ...await subscriptionButtonState(request.server.quire.ctx, request.viewer, 'series', series.id, own) };
  const bookmark = await viewerBookmarkForm(request, reply, { kind: 'series', id: series.id });
  return render(request, reply, (ctx) => seriesShowPage(ctx, series, subscribe, bookmark));
}
