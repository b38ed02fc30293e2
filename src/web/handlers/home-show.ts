/** GET / */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { homePage } from '../views/home.ts';
import { homeLists } from '../../actions/home.ts';

/** The front page: the site's fandoms, the week's most kudos and the latest updates, as the visitor may see them. */
export async function showHome(request: FastifyRequest, reply: FastifyReply) {
  const lists = await homeLists(request.server.quire.ctx, request.viewer);
  return render(request, reply, (page) => homePage(page, lists));
}
