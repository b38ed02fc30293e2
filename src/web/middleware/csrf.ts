/**
 * CSRF protection by signed double submit: each browser holds a `quire_csrf` cookie, and every form carries
 * HMAC(secret, cookie). A state-changing request without the matching token is refused.
 * The cookie itself is issued by the server (a random part and its HMAC): a value chosen by a client, or planted in
 * a browser by someone else, is replaced rather than trusted, and a login replaces it too (`rotateCsrfCookie`), so
 * a value known to anyone else does not outlive the moment an account logs in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LruMap } from '../../services/lru-map.ts';
import { secretKey } from '../../services/secret-key.ts';

export const CSRF_COOKIE = 'quire_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const COOKIE_SHAPE = /^([\w-]{43})\.([\w-]{43})$/;

const sign = (secret: string, value: string) => createHmac('sha256', secretKey(secret)).update(value).digest('base64url');
// A separate purpose string, so a cookie's signature is never also a valid form token.
const cookieSignature = (secret: string, random: string) => sign(secret, `csrf-cookie:${random}`);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether a cookie value is one this server issued. */
function issuedHere(secret: string, value: string | undefined): value is string {
  const m = value === undefined ? null : COOKIE_SHAPE.exec(value);
  return m !== null && sameText(m[2]!, cookieSignature(secret, m[1]!));
}

/**
 * Random bytes drawn a few kilobytes at a time: every first visit (a guest's browser, every crawler request) gets a
 * fresh cookie, and a call into the system's generator per cookie cost a twentieth of a cached page's CPU (measured).
 */
const pool = { bytes: Buffer.alloc(0), at: 0 };
function randomPart(): string {
  if (pool.at + 32 > pool.bytes.length) {
    pool.bytes = randomBytes(4096);
    pool.at = 0;
  }
  const part = pool.bytes.toString('base64url', pool.at, pool.at + 32);
  pool.at += 32;
  return part;
}

/** The options the CSRF cookie is set with. */
export const csrfCookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure });

/** A new cookie value issued here and its token. */
function freshCookie(secret: string): { value: string; token: string } {
  const random = randomPart();
  const value = `${random}.${cookieSignature(secret, random)}`;
  return { value, token: sign(secret, value) };
}

/** Sets the browser's cookie to `value`, and this request's cookie with it. */
function setCookie(request: FastifyRequest, reply: FastifyReply, value: string, secure: boolean): void {
  reply.setCookie(CSRF_COOKIE, value, csrfCookieOptions(secure));
  request.cookies[CSRF_COOKIE] = value;
}

/** Browsers' cookies already checked, with their tokens (two HMACs per request otherwise), per secret; bounded. */
const checked = new Map<string, LruMap<string, string>>();
const MAX_CHECKED = 10_000;

/** The token for a cookie this server issued, or undefined for any other value. */
function tokenFor(secret: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let known = checked.get(secret);
  if (!known) checked.set(secret, (known = new LruMap(MAX_CHECKED)));
  const token = known.get(value);
  if (token !== undefined || !issuedHere(secret, value)) return token;
  const signed = sign(secret, value);
  known.set(value, signed);
  return signed;
}

/** onRequest: make sure the browser has a CSRF cookie issued here, and compute this request's token. */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply, secret: string, secure: boolean): void {
  const { token, newCookie } = csrfTokenFor(secret, request.cookies[CSRF_COOKIE]);
  if (newCookie !== undefined) setCookie(request, reply, newCookie, secure);
  request.csrfToken = token;
}

/** This browser's token, and the cookie value to set when a new one is due (also for the guest lane, outside Fastify). */
export function csrfTokenFor(secret: string, cookieValue: string | undefined): { token: string; newCookie?: string } {
  const token = tokenFor(secret, cookieValue);
  if (token !== undefined) return { token };
  const fresh = freshCookie(secret);
  return { token: fresh.token, newCookie: fresh.value };
}

/** At login: a new cookie (and token) for the browser; returns the value it had, to move what was bound to it. */
export function rotateCsrfCookie(request: FastifyRequest, reply: FastifyReply, secret: string): string {
  const before = request.cookies[CSRF_COOKIE] ?? '';
  const fresh = freshCookie(secret);
  setCookie(request, reply, fresh.value, request.protocol === 'https');
  request.csrfToken = fresh.token;
  return before;
}

/** Whether a request may proceed: safe methods always; others only with the right token. */
export function csrfTokenValid(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const body = request.body as Record<string, unknown> | undefined;
  const sent = (typeof body?.authenticity_token === 'string' && body.authenticity_token) || request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !request.cookies[CSRF_COOKIE]) return false;
  return sameText(sent, request.csrfToken);
}
