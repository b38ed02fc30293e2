/** GET, POST /users/logout. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { logoutPage } from '../views/login.ts';
import { endSession } from '../../actions/sessions.ts';
import { clearSessionCookie } from '../middleware/session.ts';
import { t } from '../../i18n/translate.ts';

/** Asks to confirm logging out (a GET never logs anyone out). */
export async function showLogout(request: FastifyRequest, reply: FastifyReply) {
  if (!request.viewer) return reply.redirect('/');
  return render(request, reply, logoutPage);
}

/** Ends the session. */
export async function destroySession(request: FastifyRequest, reply: FastifyReply) {
  if (request.sessionToken) await endSession(request.server.quire.ctx, request.sessionToken);
  clearSessionCookie(reply);
  return redirectWithFlash(reply, '/', t('account.flash.logged_out'));
}
