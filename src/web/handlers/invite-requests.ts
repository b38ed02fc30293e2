/** GET and POST /invite_requests: a visitor asks for an invitation; the answer never says whether the address was known. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { inviteRequestPage } from '../views/invite-request.ts';
import { emptyForm } from '../views/form.ts';
import { requestInvitation } from '../../actions/request-invitation.ts';
import { Invalid } from '../../domain/errors.ts';

/** The one answer to every accepted request. */
export const QUEUED = 'Thank you. If that address can be invited, it is in the queue, and an invitation will be emailed to it when its turn comes.';

/** The form. */
export const showInviteRequest = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, (ctx) => inviteRequestPage(ctx, emptyForm()));

/** Queues the address. */
export async function createInviteRequest(request: FastifyRequest, reply: FastifyReply) {
  const email = formField(request, 'invite_request[email]');
  try {
    await requestInvitation(request.server.quire.ctx, { email, ip: request.ip });
    return redirectWithFlash(reply, '/invite_requests', QUEUED);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => inviteRequestPage(ctx, { values: { email }, errors: error.fields }), 422);
  }
}
