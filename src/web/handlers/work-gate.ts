/** The adult-content gate in front of every way of reading a work (page, chapter, index, print, plain). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam } from '../respond.ts';
import type { Replied } from '../replied.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { adultGatePage } from '../views/adult-gate.ts';
import { adultConsented, rememberAdultConsent } from '../middleware/adult-consent.ts';

/** A request for a work, or one of its chapters. */
export type WorkRequest = FastifyRequest<{ Params: { id: string; cid?: string } }>;

/** The interstitial, when an adult work meets a visitor who has not consented (nor passed `view_adult=true`). */
export async function gated(request: WorkRequest, reply: FastifyReply, page: WorkPage): Promise<Replied | undefined> {
  if (!page.adult || page.canEdit) return undefined;
  if (queryParam(request, 'view_adult') === 'true') {
    rememberAdultConsent(reply);
    return undefined;
  }
  if (await adultConsented(request)) return undefined;
  const url = request.url;
  const continueUrl = `${url}${url.includes('?') ? '&' : '?'}view_adult=true`;
  return render(request, reply, (ctx) => adultGatePage(ctx, page.work.title, continueUrl));
}
