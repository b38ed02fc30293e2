/**
 * Who reads the OPDS catalog. E-readers cannot fill in a login form or keep a CSRF token, so members send HTTP Basic
 * credentials with each request; they are checked by the login action (same argon2 check, same attempt limits) and
 * never start a session or set a cookie. Without an Authorization header the cookie session (a browser) or a guest
 * reads. A member's personal API token (`Authorization: Bearer quire_…`, made in their settings) is accepted too, so a
 * reader need not give an e-reader their password. The one place the catalog's routes learn their viewer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkCredentials } from '../../actions/log-in.ts';
import { apiTokenHolder } from '../../actions/api-tokens.ts';
import { bearerToken } from '../../domain/api-token.ts';
import { Forbidden, Invalid } from '../../domain/errors.ts';
import type { Account } from '../../domain/account.ts';
import { replied, type Replied } from '../replied.ts';
import { t } from '../../i18n/translate.ts';

/** The protection space e-readers show when asking for the login and password. */
export const CATALOG_REALM = 'Quire OPDS catalog';

/** Login and password of a Basic Authorization header; undefined when the header is another scheme or malformed. */
export function basicCredentials(header: string | undefined): { login: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** 401 asking for credentials (RFC 7617), with a plain sentence for whoever reads the body. */
export function challenge(reply: FastifyReply, message: string): Promise<Replied> {
  return replied(reply.code(401).header('www-authenticate', `Basic realm="${CATALOG_REALM}", charset="UTF-8"`)
    .header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(message));
}

/**
 * Sets `request.viewer` from Basic credentials when sent. Answers 401 itself (returning REPLIED) when they are
 * malformed or wrong, or a banned account's; too many attempts stay a TooManyRequests error (429 with Retry-After).
 */
export async function catalogViewer(request: FastifyRequest, reply: FastifyReply): Promise<Replied | undefined> {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  if (/^Bearer\s/i.test(header)) return tokenViewer(request, reply, bearerToken(header));
  const credentials = basicCredentials(header);
  if (!credentials) return challenge(reply, t('feeds.opds.auth_basic'));
  let account: Account;
  try {
    account = await checkCredentials(request.server.quire.ctx, { ...credentials, ip: request.ip });
  } catch (error) {
    if (error instanceof Invalid) return challenge(reply, Object.values(error.fields).join(' ') || error.message);
    if (error instanceof Forbidden) return challenge(reply, error.message);
    throw error;
  }
  request.viewer = account;
  return undefined;
}

/** Sets `request.viewer` from a personal API token, or answers 401 when it is malformed, revoked or its account sanctioned. */
async function tokenViewer(request: FastifyRequest, reply: FastifyReply, token: string | undefined): Promise<Replied | undefined> {
  const holder = token === undefined || token === 'malformed' ? undefined : await apiTokenHolder(request.server.quire.ctx, token);
  if (!holder || 'refused' in holder) return challenge(reply, holder?.refused ?? t('feeds.opds.auth_token'));
  request.viewer = holder.member;
  return undefined;
}

/** For the member's own feeds: the viewer, or a 401 that makes the e-reader ask for the login and password. */
export async function memberOrChallenge(request: FastifyRequest, reply: FastifyReply): Promise<Account | Replied> {
  return request.viewer ?? challenge(reply, t('feeds.opds.auth_member'));
}
