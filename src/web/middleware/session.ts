/** Resolves the viewer from the session cookie; sets and clears that cookie. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { viewerFromSession, type StartedSession } from '../../actions/sessions.ts';
import type { MemberStanding } from '../../storage/member-standing.ts';

export const SESSION_COOKIE = 'quire_session';

const standings = new WeakMap<FastifyRequest, MemberStanding>();

/**
 * The viewer's standing choices (blocklist, default filter, reading preferences) as read with their session, for a
 * GET or HEAD; undefined for guests and for forms, whose handlers may change them and read them afresh after.
 */
export const standingOf = (request: FastifyRequest): MemberStanding | undefined => standings.get(request);

/** onRequest: who is asking. */
export async function loadViewer(request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  request.sessionToken = undefined;
  request.viewer = undefined;
  if (!token) return;
  const signedIn = await viewerFromSession(request.server.quire.ctx, token);
  if (signedIn) {
    request.viewer = signedIn.account;
    request.sessionToken = token;
    if (request.method === 'GET' || request.method === 'HEAD') standings.set(request, signedIn.standing);
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
