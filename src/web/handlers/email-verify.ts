/** GET /users/verify (the emailed link), POST /settings/verification (send it again). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { queryParam, redirectWithFlash } from '../respond.ts';
import { verifyEmail, sendEmailVerification } from '../../actions/verify-email.ts';
import { t } from '../../i18n/translate.ts';

/** Confirms the address the link was sent to. */
export async function confirmEmail(request: FastifyRequest, reply: FastifyReply) {
  const { login } = await verifyEmail(request.server.quire.ctx, queryParam(request, 'token'));
  return redirectWithFlash(reply, request.viewer ? '/settings/account' : '/users/login', t('account.flash.email_confirmed', { login }));
}

/** Sends a fresh confirmation link to the viewer's address. */
export async function resendVerification(request: FastifyRequest, reply: FastifyReply) {
  const viewer = request.viewer!;
  if (!viewer.emailVerified) await sendEmailVerification(request.server.quire.ctx, viewer.id, viewer.email);
  return redirectWithFlash(reply, '/settings/account', t('account.flash.confirmation_sent', { email: viewer.email }));
}
