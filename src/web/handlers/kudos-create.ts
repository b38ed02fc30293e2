/** POST /works/:id/kudos: leaves kudos, then returns to the work with a message (or answers kudos.js with JSON). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash } from '../respond.ts';
import { leaveKudos } from '../../actions/leave-kudos.ts';
import { kudosOfWork } from '../../storage/kudos.ts';
import { guestKudosKey } from '../../services/visitor-keys.ts';
import { dayNumber } from '../../domain/visits.ts';
import { kudosList } from '../views/kudos.ts';
import { workPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

/** What the reader is told: thanks, or that they had already left kudos. */
const message = (outcome: 'left' | 'already'): string => t(`work.kudos.${outcome}`);

/** The page the form was on, when it is a page of this work; otherwise the work. */
function returnPath(request: FastifyRequest, workId: number): string {
  const back = formField(request, 'return_to');
  const ofThisWork = new RegExp(`^/works/${workId}(?:[/?]|$)`).test(back) && !/[\s\\]|\/\//.test(back);
  return ofThisWork ? back : workPath(workId);
}

/** Leaves kudos for the viewer (an account, or a guest known by address and day). */
export async function createKudos(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const app = request.server.quire;
  const workId = Number(request.params.id);
  const guestKey = guestKudosKey(app.csrfSecret, request.ip, dayNumber(app.ctx.now()));
  const outcome = await leaveKudos(app.ctx, request.viewer, { workId, guestKey });
  if ((request.headers.accept ?? '').includes('application/json')) {
    const summary = await kudosOfWork(app.db, workId);
    return reply.header('cache-control', 'no-store').send({ outcome, message: message(outcome), html: String(kudosList(summary)) });
  }
  return redirectWithFlash(reply, returnPath(request, workId), message(outcome));
}
