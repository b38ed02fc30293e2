/** GET /admin/reports, GET /admin/reports/:id, POST /admin/reports/:id/{resolve,dismiss,reply}: the moderators' side of reports. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, queryParam, redirectWithFlash, render } from '../respond.ts';
import { reportQueuePage } from '../views/report-queue.ts';
import { reportShowPage } from '../views/report-show.ts';
import type { ReportActionForm } from '../views/report-actions.ts';
import { reportQueue, showReport, closeWithNote, replyToReporter } from '../../actions/review-reports.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

type ReportRequest = FastifyRequest<{ Params: { id: string } }>;

const idOf = (request: ReportRequest): number => (/^[1-9]\d{0,15}$/.test(request.params.id) ? Number(request.params.id) : NaN);

/** The queue, filtered by `status` and `reason`. */
export async function showReportQueue(request: FastifyRequest, reply: FastifyReply) {
  const q = await reportQueue(request.server.quire.ctx, request.viewer, { status: queryParam(request, 'status'), reason: queryParam(request, 'reason'), page: queryParam(request, 'page') });
  return render(request, reply, (ctx) => reportQueuePage(ctx, q));
}

async function page(request: ReportRequest, reply: FastifyReply, sent?: ReportActionForm, status = 200) {
  const app = request.server.quire;
  const v = await showReport(app.ctx, request.viewer, idOf(request));
  return render(request, reply, (ctx) => reportShowPage(ctx, v, app.ctx.now(), sent), status);
}

/** One report. */
export function showReportPage(request: ReportRequest, reply: FastifyReply) {
  return page(request, reply);
}

/** Runs one of the page's forms; a missing note or message shows the page again with the text kept (422). */
function handle(action: ReportActionForm['action'], field: string, run: (request: ReportRequest, text: string) => Promise<unknown>, done: () => string) {
  return async (request: ReportRequest, reply: FastifyReply) => {
    const text = formField(request, field);
    try {
      await run(request, text);
      return redirectWithFlash(reply, `/admin/reports/${idOf(request)}`, done());
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return page(request, reply, { action, form: { values: { [field]: text }, errors: error.fields, message: error.message } }, 422);
    }
  };
}

/** POST /admin/reports/:id/resolve: resolved with a note only. */
export const resolveReportWithNote = handle('resolve', 'note', (request, note) => closeWithNote(request.server.quire.ctx, request.viewer, idOf(request), 'resolved', note), () => t('moderation.flash.resolved'));

/** POST /admin/reports/:id/dismiss. */
export const dismissReport = handle('dismiss', 'note', (request, note) => closeWithNote(request.server.quire.ctx, request.viewer, idOf(request), 'dismissed', note), () => t('moderation.flash.dismissed'));

/** POST /admin/reports/:id/reply: an email to the reporter. */
export const replyToReport = handle('reply', 'message', (request, message) => replyToReporter(request.server.quire.ctx, request.viewer, idOf(request), message), () => t('moderation.flash.replied'));
