/** GET /users/:login/gifts (+ ?refused=true, ?page=N), POST /works/:id/gift/refuse and /works/:id/gift/accept. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam, redirectWithFlash } from '../respond.ts';
import { giftsPage } from '../views/gifts.ts';
import { giftsPage as loadGifts, refuseGift } from '../../actions/gifts.ts';
import { t } from '../../i18n/translate.ts';

/** A member's gifts, or (their own) refused gifts. */
export async function showGifts(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const page = await loadGifts(request.server.quire.ctx, request.viewer, request.params.login, queryParam(request, 'refused') === 'true', queryParam(request, 'page'));
  return render(request, reply, (ctx) => giftsPage(ctx, page));
}

/** The recipient refuses a gift (`refuse`) or accepts a refused one again, then sees the list they left. */
export const setGift = (refuse: boolean) => async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  await refuseGift(request.server.quire.ctx, request.viewer, Number(request.params.id), refuse);
  const base = `/users/${request.viewer!.login}/gifts`;
  return redirectWithFlash(reply, refuse ? base : `${base}?refused=true`, refuse ? t('member.gifts.refused_flash') : t('member.gifts.accepted_flash'));
};
