/** GET, POST /setup: the first-run page. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { setupPage } from '../views/setup.ts';
import { emptyForm, type FormState } from '../views/form.ts';
import { setUpSite } from '../../actions/set-up-site.ts';
import { startSession } from '../../actions/sessions.ts';
import { Invalid } from '../../domain/errors.ts';
import { setSessionCookie } from '../middleware/session.ts';
import { rotateCsrfCookie } from '../middleware/csrf.ts';
import { t } from '../../i18n/translate.ts';

/** Shows the setup form, or sends a set-up archive home. */
export async function showSetup(request: FastifyRequest, reply: FastifyReply) {
  if (request.server.quire.setupDone) return reply.redirect('/');
  return render(request, reply, (ctx) => setupPage(ctx, emptyForm()));
}

/** Creates the first admin and names the archive, then logs the admin in. */
export async function createSetup(request: FastifyRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const values = {
    site_name: formField(request, 'site[name]'),
    login: formField(request, 'user[login]').trim(),
    email: formField(request, 'user[email]').trim(),
  };
  try {
    const admin = await setUpSite(app.ctx, { siteName: values.site_name, login: values.login, email: values.email, password: formField(request, 'user[password]'), passwordConfirmation: formField(request, 'user[password_confirmation]') });
    app.setupDone = true;
    setSessionCookie(request, reply, await startSession(app.ctx, admin.id, false));
    rotateCsrfCookie(request, reply, app.csrfSecret);
    return redirectWithFlash(reply, '/', t('site.flash.ready', { login: admin.login }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const form: FormState = { values, errors: error.fields };
    return render(request, reply, (ctx) => setupPage(ctx, form), 422);
  }
}
