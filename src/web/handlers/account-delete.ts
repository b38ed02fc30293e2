/** The account page with what deleting the account would do, and POST /settings/delete. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { accountSettingsPage, type AccountForms } from '../views/settings.ts';
import { deleteAccount, deletionSummary } from '../../actions/delete-account.ts';
import { Invalid } from '../../domain/errors.ts';
import { clearSessionCookie } from '../middleware/session.ts';
import { t } from '../../i18n/translate.ts';
import { ORPHAN_LOGIN } from '../../domain/account-deletion.ts';

/** Renders /settings/account (the deletion form counts the account's works and what else it left). */
export async function accountPage(request: FastifyRequest, reply: FastifyReply, forms: AccountForms, status = 200) {
  const app = request.server.quire;
  const [summary, siteDefault] = await Promise.all([deletionSummary(app.ctx, request.viewer!), app.siteLocale.get(app.db)]);
  return render(request, reply, (ctx) => accountSettingsPage(ctx, request.viewer!, forms, summary, siteDefault), status);
}

/** Deletes the account after confirmation; the works are orphaned or deleted as chosen. */
export async function removeAccount(request: FastifyRequest, reply: FastifyReply) {
  const values = { confirm_login: formField(request, 'account[confirm_login]'), works: formField(request, 'account[works]') };
  let choice: string;
  try {
    ({ choice } = await deleteAccount(request.server.quire.ctx, request.viewer, request.viewer!.id, {
      currentPassword: formField(request, 'account[current_password]'), confirmLogin: values.confirm_login, works: values.works, ip: request.ip,
    }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return accountPage(request, reply, { delete: { values, errors: error.fields } }, 422);
  }
  clearSessionCookie(reply);
  return redirectWithFlash(reply, '/', choice === 'orphan' ? t('account.flash.deleted_orphaned', { orphan: ORPHAN_LOGIN }) : t('account.flash.deleted'));
}
