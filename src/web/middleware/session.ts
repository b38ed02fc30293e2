/** Resolves the viewer from the session cookie; sets and clears that cookie. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { viewerFromSession, type StartedSession } from '../../actions/sessions.ts';

export const SESSION_COOKIE = 'quire_session';

/** onRequest: who is asking. */
export async function loadViewer(request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  request.sessionToken = undefined;
  request.viewer = undefined;
  if (!token) return;
  const viewer = await viewerFromSession(request.server.quire.ctx, token);
  if (viewer) {
    request.viewer = viewer;
    request.sessionToken = token;
  }
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https; persistent only with "remember me". */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: StartedSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    ...(session.remember ? { expires: new Date(session.expiresAt) } : {}),
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
