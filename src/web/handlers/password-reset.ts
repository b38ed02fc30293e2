/** Forgotten passwords: GET /users/password/new, POST /users/password, GET and POST /users/password/edit. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { forgotPasswordPage, resetPasswordPage } from '../views/password.ts';
import { messagePage } from '../views/message.ts';
import { emptyForm } from '../views/form.ts';
import { html } from '../views/html.ts';
import { requestPasswordReset, resetPassword, resetTokenIsLive } from '../../actions/reset-password.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

const expired = () => html`<p><a href="/users/password/new">${t('account.password.expired.ask')}</a></p>`;

/** Asks for the account to reset. */
export const showForgotPassword = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, (ctx) => forgotPasswordPage(ctx, emptyForm()));

/** Sends the link; says the same whether or not the account exists. */
export async function sendPasswordReset(request: FastifyRequest, reply: FastifyReply) {
  const login = formField(request, 'user[login]');
  try {
    await requestPasswordReset(request.server.quire.ctx, login, request.ip);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => forgotPasswordPage(ctx, { values: { login }, errors: error.fields }), 422);
  }
  return redirectWithFlash(reply, '/users/login', t('account.flash.reset_sent'));
}

/** The new-password form for a reset link. */
export async function showResetPassword(request: FastifyRequest, reply: FastifyReply) {
  const token = queryParam(request, 'token');
  if (!(await resetTokenIsLive(request.server.quire.ctx, token))) {
    return render(request, reply, (ctx) => messagePage(ctx, t('account.password.expired.title'), t('account.password.expired.text'), expired()), 404);
  }
  return render(request, reply, (ctx) => resetPasswordPage(ctx, token, emptyForm()));
}

/** Sets the new password. */
export async function updateResetPassword(request: FastifyRequest, reply: FastifyReply) {
  const token = formField(request, 'token');
  try {
    const { login } = await resetPassword(request.server.quire.ctx, { token, password: formField(request, 'user[password]'), passwordConfirmation: formField(request, 'user[password_confirmation]') });
    return redirectWithFlash(reply, '/users/login', t('account.flash.password_reset', { login }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => resetPasswordPage(ctx, token, { values: {}, errors: error.fields }), 422);
  }
}
