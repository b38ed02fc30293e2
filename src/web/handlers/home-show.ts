/** GET / */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { homePage } from '../views/home.ts';
import { recentWorkIds } from '../../storage/works.ts';
import { listWorks } from '../../actions/list-works.ts';

/** Works on the front page. */
export const HOME_WORKS = 20;

/** The front page with the most recently updated works the visitor may see. */
export async function showHome(request: FastifyRequest, reply: FastifyReply) {
  const { ctx } = request.server.quire;
  const ids = await recentWorkIds(ctx.db, { loggedIn: request.viewer !== undefined, limit: HOME_WORKS });
  const recent = await listWorks(ctx, request.viewer, ids);
  return render(request, reply, (page) => homePage(page, recent));
}
