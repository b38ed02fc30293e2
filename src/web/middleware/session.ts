/** Resolves the viewer from the session cookie; sets and clears that cookie. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { viewerFromSession, type StartedSession } from '../../actions/sessions.ts';
import type { MemberStanding } from '../../storage/member-standing.ts';
import type { Sql } from '../../storage/sql.ts';

export const SESSION_COOKIE = 'quire_session';

const standings = new WeakMap<FastifyRequest, MemberStanding>();
const alongsideRows = new WeakMap<FastifyRequest, Record<string, unknown>>();

/**
 * Columns a route reads with the session on a member's GET, naming the member `SESSION_USER_ID`
 * (storage/member-standing.ts), so the page's own parts of the member come in the session's round trip.
 */
export type ReadWithSession = (request: FastifyRequest) => Sql | undefined;

declare module 'fastify' {
  interface FastifyContextConfig {
    readWithSession?: ReadWithSession;
  }
}

/**
 * The viewer's standing choices (blocklist, default filter, reading preferences) as read with their session, for a
 * GET or HEAD; undefined for guests and for forms, whose handlers may change them and read them afresh after.
 */
export const standingOf = (request: FastifyRequest): MemberStanding | undefined => standings.get(request);

/** The row of the session's query holding the route's `readWithSession` columns; undefined when none were read. */
export const readWithSessionOf = (request: FastifyRequest): Record<string, unknown> | undefined => alongsideRows.get(request);

/** onRequest: who is asking. */
export async function loadViewer(request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  request.sessionToken = undefined;
  request.viewer = undefined;
  if (!token) return;
  const reads = request.method === 'GET' || request.method === 'HEAD';
  const alongside = reads ? request.routeOptions.config.readWithSession?.(request) : undefined;
  const signedIn = await viewerFromSession(request.server.quire.ctx, token, alongside);
  if (signedIn) {
    request.viewer = signedIn.account;
    request.sessionToken = token;
    if (reads) standings.set(request, signedIn.standing);
    if (alongside) alongsideRows.set(request, signedIn.row);
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
