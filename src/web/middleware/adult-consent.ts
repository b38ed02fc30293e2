/** Whether a visitor agreed to see adult works: this browser session (a cookie), or their saved preference. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { savedPreferences } from './reader-preferences.ts';

export const ADULT_COOKIE = 'quire_adult';

/** True when the visitor consented this session or always shows adult content. */
export async function adultConsented(request: FastifyRequest): Promise<boolean> {
  if (request.cookies[ADULT_COOKIE] === '1') return true;
  if (!request.viewer) return false;
  return (await savedPreferences(request)).adultConsent;
}

/** Remembers consent until the browser closes. */
export function rememberAdultConsent(reply: FastifyReply): void {
  reply.setCookie(ADULT_COOKIE, '1', { path: '/', httpOnly: true, sameSite: 'lax' });
}
