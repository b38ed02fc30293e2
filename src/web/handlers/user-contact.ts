/** GET/POST /users/:login/contact: a logged-in reader writes to an author through the archive. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { contactFormPage } from '../views/contact-form.ts';
import { emptyForm } from '../views/form.ts';
import { contactAuthor, contactTarget } from '../../actions/contact-author.ts';
import { Invalid, TooManyRequests } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

type ContactRequest = FastifyRequest<{ Params: { login: string } }>;

/** The contact form. */
export async function showContactForm(request: ContactRequest, reply: FastifyReply) {
  const author = await contactTarget(request.server.quire.ctx, request.viewer, request.params.login);
  return render(request, reply, (ctx) => contactFormPage(ctx, author.login, emptyForm()));
}

/** Sends the message; the confirmation names the author, never an address. */
export async function sendContactMessage(request: ContactRequest, reply: FastifyReply) {
  const values = { subject: formField(request, 'contact[subject]'), message: formField(request, 'contact[message]') };
  try {
    const author = await contactAuthor(request.server.quire.ctx, request.viewer, request.params.login, values);
    return redirectWithFlash(reply, `/users/${author.login}`, t('account.flash.message_sent', { login: author.login }));
  } catch (error) {
    // Past the hourly limit the form comes back with the text kept, answering 429 with Retry-After.
    if (error instanceof TooManyRequests) {
      const author = await contactTarget(request.server.quire.ctx, request.viewer, request.params.login);
      reply.header('retry-after', String(error.retryAfterSeconds));
      return render(request, reply, (ctx) => contactFormPage(ctx, author.login, { values, errors: {}, message: error.message }), 429);
    }
    if (!(error instanceof Invalid)) throw error;
    const author = await contactTarget(request.server.quire.ctx, request.viewer, request.params.login);
    return render(request, reply, (ctx) => contactFormPage(ctx, author.login, { values, errors: error.fields }), 422);
  }
}
