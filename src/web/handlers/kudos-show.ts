/** The kudos block after a work's text (see work-extras.ts). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { keptWith, pageAccess, type WorkPage } from '../../actions/read-work.ts';
import { kudosOfWork } from '../../storage/kudos.ts';
import { canLeaveKudos } from '../../domain/kudos.ts';
import { kudosBlock } from '../views/kudos.ts';
import type { Html } from '../views/html.ts';

/** Loads who left kudos and renders the button and the list. */
export async function kudosAfterWork(request: FastifyRequest, _reply: FastifyReply, page: WorkPage): Promise<Html> {
  const app = request.server.quire;
  return kudosBlock({
    workId: page.work.id,
    summary: await keptWith(page, 'kudos', () => kudosOfWork(app.db, page.work.id)),
    canLeave: canLeaveKudos(request.viewer, pageAccess(page)),
    returnTo: request.url,
    csrfToken: request.csrfToken,
    scriptUrl: app.assets.url('kudos.js'),
  });
}
