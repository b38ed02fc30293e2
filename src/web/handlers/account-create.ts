/** GET /users/new, POST /users: registration. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { registerPage } from '../views/register.ts';
import { emptyForm } from '../views/form.ts';
import { register } from '../../actions/register.ts';
import { startSession } from '../../actions/sessions.ts';
import { Invalid } from '../../domain/errors.ts';
import { setSessionCookie } from '../middleware/session.ts';
import { consentValues, consentOf } from '../forms/signup.ts';

/** The sign-up form. */
export const showRegister = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, (ctx) => registerPage(ctx, emptyForm()));

/** Creates the account, logs it in and says a confirmation link is on its way. */
export async function createAccount(request: FastifyRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const values = { login: formField(request, 'user[login]').trim(), email: formField(request, 'user[email]').trim(), ...consentValues(request) };
  try {
    const account = await register(app.ctx, { ...values, password: formField(request, 'user[password]'), passwordConfirmation: formField(request, 'user[password_confirmation]') }, { consent: consentOf(values) });
    setSessionCookie(request, reply, await startSession(app.ctx, account.id, false));
    return redirectWithFlash(reply, `/users/${account.login}`, `Welcome, ${account.login}! We sent a link to ${account.email} to confirm your address.`);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => registerPage(ctx, { values, errors: error.fields }), 422);
  }
}
