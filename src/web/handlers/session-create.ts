/** GET, POST /users/login: logging in by username or email. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash, safeReturnPath, asLocation } from '../respond.ts';
import { loginPage } from '../views/login.ts';
import { emptyForm } from '../views/form.ts';
import { logIn } from '../../actions/log-in.ts';
import { Invalid, TooManyRequests } from '../../domain/errors.ts';
import { setSessionCookie } from '../middleware/session.ts';
import { keptPostAfterLogin } from '../middleware/kept-posts.ts';
import { rotateCsrfCookie } from '../middleware/csrf.ts';
import { commentIpHash } from '../../services/visitor-keys.ts';
import { t } from '../../i18n/translate.ts';
import { switchLocale } from '../middleware/locale.ts';

/** The id of a form kept from an expired session (middleware/kept-posts.ts), or ''. */
const keptId = (s: string) => (/^[\w-]{22}$/.test(s) ? s : '');

/** The login form (carrying `kept`, a form to finish after login); a logged-in viewer goes on to where they were headed. */
export async function showLogin(request: FastifyRequest, reply: FastifyReply) {
  const returnTo = safeReturnPath(queryParam(request, 'return_to'));
  if (request.viewer) return reply.redirect(asLocation(returnTo));
  return render(request, reply, (ctx) => loginPage(ctx, emptyForm({ return_to: returnTo === '/' ? '' : returnTo, kept: keptId(queryParam(request, 'kept')) })));
}

/** Checks the credentials; on success sets the session cookie and redirects. */
export async function createSession(request: FastifyRequest, reply: FastifyReply) {
  const values = { login: formField(request, 'user[login]'), remember_me: formField(request, 'user[remember_me]'), return_to: formField(request, 'return_to'), kept: keptId(formField(request, 'kept')) };
  try {
    const { account, session } = await logIn(request.server.quire.ctx, { login: values.login, password: formField(request, 'user[password]'), remember: values.remember_me === '1', ip: request.ip, ipHash: commentIpHash(request.server.quire.csrfSecret, request.ip) });
    setSessionCookie(request, reply, session);
    const previousCookie = rotateCsrfCookie(request, reply, request.server.quire.csrfSecret);
    const confirm = await keptPostAfterLogin(request, account.id, previousCookie, values.kept);
    // The member's own language from here on, so the welcome is in it.
    if (account.locale) switchLocale(account.locale);
    if (confirm) return redirectWithFlash(reply, confirm, t('account.flash.logged_in_kept', { login: account.login }));
    if (values.kept) {
      return redirectWithFlash(reply, safeReturnPath(values.return_to), t('account.flash.logged_in_lost', { login: account.login }));
    }
    return redirectWithFlash(reply, safeReturnPath(values.return_to), t('account.flash.logged_in', { login: account.login }));
  } catch (error) {
    if (error instanceof TooManyRequests) {
      reply.header('retry-after', String(error.retryAfterSeconds));
      return render(request, reply, (ctx) => loginPage(ctx, { values, errors: {}, message: error.message }), 429);
    }
    if (!(error instanceof Invalid)) throw error;
    // 200, as AO3 answers: fans' tools (FanFicFare and others) read a failed login from the page and ask again,
    // while an error status makes them give up.
    return render(request, reply, (ctx) => loginPage(ctx, { values, errors: error.fields, message: error.message }), 200);
  }
}
