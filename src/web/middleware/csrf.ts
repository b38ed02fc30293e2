/**
 * CSRF protection by signed double submit: each browser holds a random `quire_csrf` cookie, and every form
 * carries HMAC(secret, cookie). A state-changing request without the matching token is refused.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'quire_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sign = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('base64url');

/** onRequest: make sure the browser has a CSRF cookie and compute this request's token. */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply, secret: string, secure: boolean): void {
  let value = request.cookies[CSRF_COOKIE];
  if (!value || !/^[\w-]{43}$/.test(value)) {
    value = randomBytes(32).toString('base64url');
    reply.setCookie(CSRF_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    request.cookies[CSRF_COOKIE] = value;
  }
  request.csrfToken = sign(secret, value);
}

/** Whether a request may proceed: safe methods always; others only with the right token. */
export function csrfTokenValid(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const body = request.body as Record<string, unknown> | undefined;
  const sent = (typeof body?.authenticity_token === 'string' && body.authenticity_token) || request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !request.cookies[CSRF_COOKIE]) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(request.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
