/** GET /users/:login/stats: the author's statistics (only to the account holder; see actions/author-stats.ts). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryString, render } from '../respond.ts';
import { authorStats } from '../../actions/author-stats.ts';
import { statsPage } from '../views/stats.ts';

/** The statistics page. */
export async function showStats(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const stats = await authorStats(request.server.quire.ctx, request.viewer, request.params.login, new URLSearchParams(queryString(request)));
  return render(request, reply, (ctx) => statsPage(ctx, stats));
}
