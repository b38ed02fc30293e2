/** GET / */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sharedPage } from '../shared-pages.ts';
import { homePage } from '../views/home.ts';
import { homeLists } from '../../actions/home.ts';

/** The front page: the site's fandoms, the week's most kudos and the latest updates, as the visitor may see them. */
export async function showHome(request: FastifyRequest, reply: FastifyReply) {
  return sharedPage(request, reply, async () => {
    const lists = await homeLists(request.server.quire.ctx, request.viewer);
    return (page) => homePage(page, lists);
  });
}
