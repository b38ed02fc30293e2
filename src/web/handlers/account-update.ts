/** GET /settings/account; POST /settings/email, /settings/password, /settings/language, /settings/delete. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash } from '../respond.ts';
import type { AccountForms } from '../views/settings.ts';
import { changeEmail, changePassword } from '../../actions/change-credentials.ts';
import { Invalid } from '../../domain/errors.ts';
import { accountPage } from './account-delete.ts';
import { chooseLanguage } from '../../actions/choose-language.ts';
import { browserLocale, switchLocale } from '../middleware/locale.ts';
import { t } from '../../i18n/translate.ts';

export { removeAccount } from './account-delete.ts';

const again = (request: FastifyRequest, reply: FastifyReply, forms: AccountForms) => accountPage(request, reply, forms, 422);

/** The account page. */
export const showAccountSettings = (request: FastifyRequest, reply: FastifyReply) => accountPage(request, reply, {});

/** Changes the email address (password required). */
export async function saveEmail(request: FastifyRequest, reply: FastifyReply) {
  const email = formField(request, 'account[email]');
  try {
    await changeEmail(request.server.quire.ctx, request.viewer, request.viewer!.id, { email, currentPassword: formField(request, 'account[current_password]'), ip: request.ip });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return again(request, reply, { email: { values: { email }, errors: error.fields } });
  }
  return redirectWithFlash(reply, '/settings/account', t('account.flash.email_changed', { email: email.trim() }));
}

/** Changes the password (current password required); other sessions end. */
export async function savePassword(request: FastifyRequest, reply: FastifyReply) {
  try {
    await changePassword(request.server.quire.ctx, request.viewer, request.viewer!.id, {
      currentPassword: formField(request, 'account[current_password]'),
      password: formField(request, 'account[password]'),
      passwordConfirmation: formField(request, 'account[password_confirmation]'),
      sessionToken: request.sessionToken ?? '',
      ip: request.ip,
    });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return again(request, reply, { password: { values: {}, errors: error.fields } });
  }
  return redirectWithFlash(reply, '/settings/account', t('account.flash.password_changed'));
}

/** Saves the interface language; the confirmation is already in it. */
export async function saveLanguage(request: FastifyRequest, reply: FastifyReply) {
  const locale = formField(request, 'account[locale]');
  let chosen;
  try {
    chosen = await chooseLanguage(request.server.quire.ctx, request.viewer, locale);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return again(request, reply, { language: { values: { locale }, errors: error.fields } });
  }
  switchLocale(chosen ?? (await browserLocale(request)));
  return redirectWithFlash(reply, '/settings/account', t('account.language.saved'));
}
