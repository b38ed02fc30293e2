/** GET /users/new, POST /users: registration. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { registerPage } from '../views/register.ts';
import { emptyForm } from '../views/form.ts';
import { register } from '../../actions/register.ts';
import { Invalid } from '../../domain/errors.ts';
import type { Replied } from '../replied.ts';
import { consentValues, consentOf } from '../forms/signup.ts';
import { t } from '../../i18n/translate.ts';

/** The sign-up form. */
export const showRegister = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, (ctx) => registerPage(ctx, emptyForm()));

/**
 * The answer to a sign-up that was accepted, whether it opened an account or its address already had one (whose
 * owner was mailed instead): the same redirect and words, and no session, so the answer reveals nothing.
 */
export const signedUp = (reply: FastifyReply, email: string): Promise<Replied> =>
  redirectWithFlash(reply, '/users/login', t('account.flash.registered', { email }));

/** Creates the account and says a confirmation link is on its way. */
export async function createAccount(request: FastifyRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const values = { login: formField(request, 'user[login]').trim(), email: formField(request, 'user[email]').trim(), ...consentValues(request) };
  try {
    await register(app.ctx, { ...values, password: formField(request, 'user[password]'), passwordConfirmation: formField(request, 'user[password_confirmation]') }, { consent: consentOf(values) }, request.ip);
    return signedUp(reply, values.email);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => registerPage(ctx, { values, errors: error.fields }), 422);
  }
}
