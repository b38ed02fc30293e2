/**
 * The answer while the database is away: 503 with Retry-After, rendered without touching the database (no site
 * settings, no session, no saved preferences), so it can always be sent. The node reconnects by itself.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_SITE_NAME } from '../domain/site.ts';
import { DEFAULT_PREFERENCES } from '../domain/reader-preferences.ts';
import { decodeReaderCookie } from '../domain/reader-cookie.ts';
import { READER_COOKIE } from './middleware/reader-preferences.ts';
import { messagePage } from './views/message.ts';
import { sendPage } from './respond.ts';
import { replied, type Replied } from './replied.ts';
import { t } from '../i18n/translate.ts';

const RETRY_AFTER_SECONDS = 10;

/** Sends the "try again shortly" page, or a JSON error to clients that asked for JSON. */
export function sendUnavailable(request: FastifyRequest, reply: FastifyReply): Promise<Replied> {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  if (request.headers.accept?.includes('application/json') && !request.headers.accept.includes('text/html')) {
    return replied(reply.code(503).header('cache-control', 'no-store').send({ error: { code: 'unavailable', message: 'The archive is briefly unavailable. Try again in a few seconds.' } }));
  }
  const ctx = {
    siteName: request.server.quire.lastSiteName ?? DEFAULT_SITE_NAME,
    viewer: undefined,
    csrfToken: request.csrfToken,
    asset: (name: string) => request.server.quire.assets.url(name),
    flash: undefined,
    path: request.url,
    requestId: String(request.id),
    prefs: request.cookies ? decodeReaderCookie(request.cookies[READER_COOKIE]) : DEFAULT_PREFERENCES,
  };
  return sendPage(reply, messagePage(ctx, t('chrome.unavailable.title'), t('chrome.unavailable.text')), 503);
}
