/** GET and POST /signup/:token: the sign-up form opened by an invitation link, which it uses up. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField } from '../respond.ts';
import { registerPage } from '../views/register.ts';
import { emptyForm } from '../views/form.ts';
import { consentValues, consentOf } from '../forms/signup.ts';
import { register } from '../../actions/register.ts';
import { invitationIsLive, invitationGone } from '../../actions/admit-signup.ts';
import { Invalid, NotFound } from '../../domain/errors.ts';
import { signedUp } from './account-create.ts';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The form, with the invited address filled in; 404 for a link that is unknown or used. */
export async function showInvitedSignup(request: TokenRequest, reply: FastifyReply) {
  const token = request.params.token;
  const invitation = await invitationIsLive(request.server.quire.db, token);
  if (!invitation) throw new NotFound(invitationGone());
  return render(request, reply, (ctx) => registerPage(ctx, emptyForm({ email: invitation.email }), token));
}

/** Creates the account with the invitation and says a confirmation link is on its way (account-create.ts `signedUp`). */
export async function createInvitedAccount(request: TokenRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const token = request.params.token;
  const values = { login: formField(request, 'user[login]').trim(), email: formField(request, 'user[email]').trim(), ...consentValues(request) };
  try {
    const input = { login: values.login, email: values.email, password: formField(request, 'user[password]'), passwordConfirmation: formField(request, 'user[password_confirmation]') };
    await register(app.ctx, input, { consent: consentOf(values), invitationToken: token }, request.ip);
    return signedUp(reply, values.email);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => registerPage(ctx, { values, errors: error.fields }, token), 422);
  }
}
