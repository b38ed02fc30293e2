/** GET /abuse_reports/new, POST /abuse_reports, GET /abuse_reports/sent: anyone reports a page to the moderators. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, queryParam, redirectWithFlash, render } from '../respond.ts';
import { reportFormPage, reportSentPage } from '../views/report-form.ts';
import { reportAbuse, reportFormData } from '../../actions/report-abuse.ts';
import { commentIpHash } from '../../services/visitor-keys.ts';
import { Invalid, TooManyRequests } from '../../domain/errors.ts';
import type { FormState } from '../views/form.ts';

/** Carries the new report's number to the confirmation page (only this browser's own, so a link cannot fake one). */
const SENT_COOKIE = 'quire_report_sent';

async function formPage(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
  const data = await reportFormData(request.server.quire.ctx, request.viewer, form.values.url ?? '');
  return render(request, reply, (ctx) => reportFormPage(ctx, data, form), status);
}

/** The form, with `?url=` filled in by the Report links. */
export function showReportForm(request: FastifyRequest, reply: FastifyReply) {
  return formPage(request, reply, { values: { url: queryParam(request, 'url').slice(0, 2000) }, errors: {} });
}

/** Sends the report; bad input comes back with everything typed (422), too many reports too (429). */
export async function createReport(request: FastifyRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const values = {
    url: formField(request, 'abuse_report[url]'), reason: formField(request, 'abuse_report[reason]'), comment: formField(request, 'abuse_report[comment]'),
    username: formField(request, 'abuse_report[username]'), email: formField(request, 'abuse_report[email]'),
  };
  try {
    const sent = await reportAbuse(app.ctx, request.viewer, {
      url: values.url, reason: values.reason, body: values.comment, name: values.username, email: values.email,
      honeypot: formField(request, 'abuse_report[website]'), ipHash: commentIpHash(app.csrfSecret, request.ip),
    });
    reply.setCookie(SENT_COOKIE, String(sent.id), { path: '/abuse_reports', httpOnly: true, sameSite: 'lax', maxAge: 600, secure: request.protocol === 'https' });
    return redirectWithFlash(reply, '/abuse_reports/sent');
  } catch (error) {
    if (error instanceof TooManyRequests) {
      reply.header('retry-after', String(error.retryAfterSeconds));
      return formPage(request, reply, { values, errors: {}, message: error.message }, 429);
    }
    if (!(error instanceof Invalid)) throw error;
    return formPage(request, reply, { values, errors: error.fields, message: error.message }, 422);
  }
}

/** The confirmation with the reference; without a report just sent, the form. */
export function showReportSent(request: FastifyRequest, reply: FastifyReply) {
  const id = request.cookies[SENT_COOKIE] ?? '';
  if (!/^[1-9]\d{0,15}$/.test(id)) return redirectWithFlash(reply, '/abuse_reports/new');
  return render(request, reply, (ctx) => reportSentPage(ctx, Number(id)));
}
