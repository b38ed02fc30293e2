/** /admin/invitations: admins invite from the request queue in a batch, or one address. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { adminInvitationsPage, type AdminInvitationsModel } from '../views/admin-invitations.ts';
import { emptyForm } from '../views/form.ts';
import { inviteFromQueue, sendInvitation } from '../../actions/send-invitations.ts';
import { waitingInviteRequests, countWaitingInviteRequests } from '../../storage/invite-requests.ts';
import { recentInvitations } from '../../storage/invitations.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

const SHOWN = 50;

async function page(request: FastifyRequest, reply: FastifyReply, forms: Partial<Pick<AdminInvitationsModel, 'batch' | 'address'>> = {}, status = 200) {
  const db = request.server.quire.db;
  const [waiting, waitingTotal, sent] = await Promise.all([waitingInviteRequests(db, SHOWN), countWaitingInviteRequests(db), recentInvitations(db, SHOWN)]);
  const model = { waiting, waitingTotal, sent, batch: forms.batch ?? emptyForm({ count: '10' }), address: forms.address ?? emptyForm() };
  return render(request, reply, (ctx) => adminInvitationsPage(ctx, model), status);
}

/** The queue and the invitations sent. */
export const showAdminInvitations = (request: FastifyRequest, reply: FastifyReply) => page(request, reply);

/** Invites the oldest requests. */
export async function sendFromQueue(request: FastifyRequest, reply: FastifyReply) {
  const count = formField(request, 'invitations[count]').trim();
  try {
    const sent = await inviteFromQueue(request.server.quire.ctx, request.viewer, /^\d{1,6}$/.test(count) ? Number(count) : NaN);
    return redirectWithFlash(reply, '/admin/invitations', t('admin.flash.invitations_sent', { count: sent }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { batch: { values: { count }, errors: error.fields } }, 422);
  }
}

/** Invites one address. */
export async function sendToAddress(request: FastifyRequest, reply: FastifyReply) {
  const email = formField(request, 'invitation[email]');
  try {
    await sendInvitation(request.server.quire.ctx, request.viewer, email);
    return redirectWithFlash(reply, '/admin/invitations', t('admin.flash.invitation_sent', { email: email.trim() }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { address: { values: { email }, errors: error.fields } }, 422);
  }
}
