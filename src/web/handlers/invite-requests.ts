/** GET and POST /invite_requests: a visitor asks for an invitation; the answer never says whether the address was known. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { inviteRequestPage } from '../views/invite-request.ts';
import { emptyForm } from '../views/form.ts';
import { requestInvitation } from '../../actions/request-invitation.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** The one answer to every accepted request. */
export const queuedMessage = (): string => t('account.flash.queued');

/** The form. */
export const showInviteRequest = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, (ctx) => inviteRequestPage(ctx, emptyForm()));

/** Queues the address. */
export async function createInviteRequest(request: FastifyRequest, reply: FastifyReply) {
  const email = formField(request, 'invite_request[email]');
  try {
    await requestInvitation(request.server.quire.ctx, { email, ip: request.ip });
    return redirectWithFlash(reply, '/invite_requests', queuedMessage());
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => inviteRequestPage(ctx, { values: { email }, errors: error.fields }), 422);
  }
}
