/** GET /users/:login/invitations (only that person), POST /works/:id/invitation (accept=1 or 0). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { invitationsPage } from '../views/invitations.ts';
import { listInvitations } from '../../actions/list-invitations.ts';
import { answerInvitation } from '../../actions/co-creators.ts';
import { workPath } from '../urls.ts';
import { NotFound } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** The viewer's invitations to co-create. */
export async function showInvitations(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const { invitations } = await listInvitations(request.server.quire.ctx, request.viewer, request.params.login);
  return render(request, reply, (ctx) => invitationsPage(ctx, invitations));
}

/** Accepts (the name joins the byline) or declines an invitation. */
export async function answerWorkInvitation(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const accept = formField(request, 'accept') === '1';
  const id = Number(request.params.id);
  if (!Number.isSafeInteger(id)) throw new NotFound(t('errors.co_creator.no_invitation'));
  const { title } = await answerInvitation(request.server.quire.ctx, request.viewer, id, accept);
  return accept
    ? redirectWithFlash(reply, workPath(id), t('account.flash.cocreator_accepted', { title }))
    : redirectWithFlash(reply, `/users/${request.viewer!.login}/invitations`, t('account.flash.cocreator_declined', { title }));
}
