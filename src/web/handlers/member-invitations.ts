/** GET and POST /settings/invitations: a member sends one of their invitations and sees those sent. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { memberInvitationsPage } from '../views/member-invitations.ts';
import { emptyForm, type FormState } from '../views/form.ts';
import { sendInvitation } from '../../actions/send-invitations.ts';
import { invitationsSentBy } from '../../storage/invitations.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

async function page(request: FastifyRequest, reply: FastifyReply, form: FormState = emptyForm(), status = 200) {
  const sent = await invitationsSentBy(request.server.quire.db, request.viewer!.id);
  return render(request, reply, (ctx) => memberInvitationsPage(ctx, sent, form), status);
}

/** The member's invitations. */
export const showMemberInvitations = (request: FastifyRequest, reply: FastifyReply) => page(request, reply);

/** Sends one invitation. */
export async function sendMemberInvitation(request: FastifyRequest, reply: FastifyReply) {
  const email = formField(request, 'invitation[email]');
  try {
    await sendInvitation(request.server.quire.ctx, request.viewer, email);
    return redirectWithFlash(reply, '/settings/invitations', t('account.flash.invitation_sent', { email: email.trim() }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { values: { email }, errors: error.fields }, 422);
  }
}
